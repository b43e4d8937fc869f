"""The ``mentordesk`` command: a sub-command works headless, anything else opens the app.

Sub-commands never load Qt; the app is imported only when the window is wanted.
``mentordesk --version`` answers before anything else is imported, so it is quick in the
packaged build too.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:
        from mentordesk.version import __version__

        print(f"MentorDesk {__version__}")
        return 0
    from mentordesk import cli

    if cli.wants_cli(args):
        return cli.main(args)
    app_args = cli.parse_app_args(args)
    if app_args is None:
        return 2
    from mentordesk import app

    return app.run(app_args.file, demo=app_args.demo)


if __name__ == "__main__":
    sys.exit(main())
