"""`nnviz explain` (being built)."""


def add_parser(sub):
    p = sub.add_parser("explain", help="(being built)")
    p.set_defaults(run=run)
    return p


def run(args):
    raise NotImplementedError
