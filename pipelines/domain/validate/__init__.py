"""Stage 4, validate: pandera models of every published table and the cross-table foreign keys."""
