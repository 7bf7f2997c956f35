"""Court documents printed with reportlab: fonts with per-glyph fallback, layout, one module per document."""
