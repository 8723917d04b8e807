"""Files -> Articles: formats, encodings, cleaning, titles and dates."""
