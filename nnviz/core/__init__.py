"""The pure-NumPy core of nnviz: networks, losses, training. Never imports Qt."""
