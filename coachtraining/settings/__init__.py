"""Settings package: ``base`` is the 12-factor configuration, ``test`` the suite's."""
