"""cdklint: a linter and language server for AWS CDK apps.

The package ships the `cdklint` executable; this module only helps to find it
(`python -m cdklint` runs it).
"""

from cdklint._find import find_cdklint_bin

__all__ = ["find_cdklint_bin"]
