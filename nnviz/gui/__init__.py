"""The PySide6 + pyqtgraph desktop app."""
