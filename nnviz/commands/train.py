"""`nnviz train` (being built)."""


def add_parser(sub):
    p = sub.add_parser("train", help="(being built)")
    p.set_defaults(run=run)
    return p


def run(args):
    raise NotImplementedError
