"""Use cases and transaction boundaries. Returns plain frozen dataclasses, never peewee rows."""
