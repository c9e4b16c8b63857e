"""The sub-commands of ``nnviz``: each module has ``add_parser(subparsers)`` and ``run(args)``."""
