"""Tests of the certificates app: rendering (pure, no database), issuing, verification, admin, worker."""
