"""Reusable widgets and pyqtgraph items, one per module, shared by the views and the shell."""
