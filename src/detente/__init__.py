"""detente: who did what to whom, when and where, from raw news reports."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("detente")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"
