"""Reconciliation across articles: organisations, projects, facts, and what to review."""

from pipelines.domain.reconcile.tables import build_tables

__all__ = ["build_tables"]
