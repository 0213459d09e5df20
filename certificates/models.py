"""Certificate models arrive with the certificates issue."""
