"""`python -m cdklint ARGS…` runs the bundled `cdklint` executable with ARGS."""

import os
import subprocess
import sys

from cdklint._find import find_cdklint_bin


def main() -> int:
    binary = find_cdklint_bin()
    if sys.platform == "win32":
        # Windows has no exec: run it as a child and pass its exit code on.
        return subprocess.run([binary, *sys.argv[1:]]).returncode
    # Replace this process, so signals, stdin/stdout (the language server) and the exit code
    # belong to cdklint itself.
    os.execv(binary, [binary, *sys.argv[1:]])
    return 0  # not reached


if __name__ == "__main__":
    sys.exit(main())
