"""Normalisers: Japanese figures, money, counted quantities and dates as typed values.

Small pure functions over plain strings (no GiNZA model), with the vocabulary in
ukpeace/resources/lexicons/*.json; the extractors call these on entity spans or whole texts.
"""
from .dates import detect_published, duration_years, find_dates, find_durations, parse_date
from .money import find_money, parse_money
from .numbers import NUMBER_RE, parse_number, qualifier_for
from .quantity import find_quantities, parse_quantity

__all__ = [
    "NUMBER_RE", "parse_number", "qualifier_for",
    "find_money", "parse_money",
    "find_quantities", "parse_quantity",
    "parse_date", "find_dates", "find_durations", "duration_years", "detect_published",
]
