"""Attribution: who said what, to whom."""

from onrecord.attribution.extractor import find_attributions
from onrecord.attribution.model import Attribution

__all__ = ["Attribution", "find_attributions"]
