"""`python -m streams ...` is the same as the `newsalerts` command."""

from streams.cli import app

if __name__ == "__main__":
    app(prog_name="newsalerts")
