"""Stage 1, ingest: read the articles folder, decode, set bad files aside with a reason, give article ids."""
