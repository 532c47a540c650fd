import os  # noqa: F401 -- other tools' comments are not ours

x = 1  # cdklint says nothing here
