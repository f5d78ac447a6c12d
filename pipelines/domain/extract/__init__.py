"""Stage 2, extract: one article at a time, text to facts (projects, figures, organisations, money, status),
each with its evidence sentence; results cached per article."""
