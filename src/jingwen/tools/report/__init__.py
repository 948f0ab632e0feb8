"""An HTML report of a run (`jingwen report`): the corpus at a glance, and documents beside their source."""

from .builder import Built, build

__all__ = ["Built", "build"]
