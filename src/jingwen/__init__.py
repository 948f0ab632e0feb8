"""jingwen (净文): scraped Chinese documents → clean, structured, validated JSON."""

from .errors import InputError, JingwenError, RulesError
from .models import Document
from .options import Options
from .pipeline import process_bytes, process_text

__version__ = "0.1.0"
__all__ = ["Document", "InputError", "JingwenError", "Options", "RulesError", "process_bytes", "process_text"]
