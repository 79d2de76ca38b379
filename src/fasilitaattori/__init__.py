"""Fasilitaattori: an offline desktop workbench for workshop facilitators."""

__version__ = "0.1.0"
