"""`python -m geostance`: the same command line as `geostance`."""

from geostance.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
