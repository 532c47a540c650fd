import os
import sys
import sysconfig


def find_cdklint_bin() -> str:
    """Return the path of the `cdklint` executable installed with this package.

    The wheel puts it in the scripts directory of the environment the package was installed
    into, which is not always the one `sys.prefix` names (`pip install --user`, `--target`,
    `--prefix`), so each of those places is tried.
    """
    exe = "cdklint" + (sysconfig.get_config_var("EXE") or "")

    candidates = [sysconfig.get_path("scripts")]
    if sys.version_info >= (3, 10):
        user_scheme = sysconfig.get_preferred_scheme("user")
    elif os.name == "nt":
        user_scheme = "nt_user"
    elif sys.platform == "darwin" and sys._framework:  # type: ignore[attr-defined]
        user_scheme = "osx_framework_user"
    else:
        user_scheme = "posix_user"
    candidates.append(sysconfig.get_path("scripts", scheme=user_scheme))
    # `pip install --target DIR` / `--prefix DIR`: DIR/bin sits beside the package directory.
    package_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    candidates.append(os.path.join(package_root, "bin"))
    candidates.append(os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(package_root))), "bin"))

    for directory in candidates:
        path = os.path.join(directory, exe)
        if os.path.isfile(path):
            return path
    raise FileNotFoundError(
        f"the cdklint executable was not found (looked in: {', '.join(candidates)}); "
        "reinstall the package with `pip install --force-reinstall cdklint`"
    )
