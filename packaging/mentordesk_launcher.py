"""The entry script of the packaged build (PyInstaller runs a script, not ``python -m``)."""

import sys

from mentordesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
