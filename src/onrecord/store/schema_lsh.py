"""Tables of the near-duplicate index kept in the database (see :mod:`onrecord.store.lsh`).

- ``story_buckets``: for each clustered article, one row per LSH band: the band number and the
  64-bit hash of the band's slice of the article's MinHash signature.
- ``quote_buckets``: the same for the normalised wordings of clustered quotes.

The primary key (band, bucket, item) is the index a lookup uses: ``WHERE (band, bucket) IN``
the new signature's bands.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from onrecord.store.schema import Base


class StoryBucketRow(Base):
    """One LSH band of one article's signature."""

    __tablename__ = "story_buckets"

    band: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    article_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class QuoteBucketRow(Base):
    """One LSH band of one clustered quote's wording signature."""

    __tablename__ = "quote_buckets"

    band: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    quote_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("quotes.id", ondelete="CASCADE"), primary_key=True, index=True
    )
