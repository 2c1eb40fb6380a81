#!/usr/bin/env python3
# Writes the parser's test oracle: for every snippet NAME.py in a directory
# (default: cases/ beside this script), NAME.ast with what CPython 3.11's
# ast.dump(ast.parse(source)) prints, and for ASCII snippets NAME.pos, the
# same with positions (ast.dump's include_attributes, except on ExceptHandler,
# whose span we define differently). Run it with Python 3.11 after adding or
# editing snippets; every snippet must parse. Usage: make_ast_cases.py [DIR]
import ast
import os
import sys
import warnings


def dump_with_positions(node):
    """ast.dump(node, include_attributes=True) without ExceptHandler's."""
    if isinstance(node, ast.AST):
        args = []
        for name in node._fields:
            value = getattr(node, name, None)
            if value is None and getattr(type(node), name, ...) is None:
                continue
            args.append("%s=%s" % (name, dump_with_positions(value)))
        if not isinstance(node, ast.ExceptHandler):
            for name in node._attributes:
                value = getattr(node, name, None)
                if value is None and getattr(type(node), name, ...) is None:
                    continue
                args.append("%s=%s" % (name, dump_with_positions(value)))
        return "%s(%s)" % (type(node).__name__, ", ".join(args))
    if isinstance(node, list):
        return "[%s]" % ", ".join(dump_with_positions(x) for x in node)
    return repr(node)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    cases = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "cases")
    if sys.version_info[:2] != (3, 11):
        sys.exit("needs Python 3.11, this is %s" % sys.version.split()[0])
    warnings.simplefilter("ignore")  # invalid escapes and the like are fine
    count = 0
    for name in sorted(os.listdir(cases)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(cases, name)
        # Read bytes and decode by hand: universal newlines would hide \r\n.
        with open(path, "rb") as f:
            source = f.read().decode("utf-8")
        try:
            tree = ast.parse(source)
        except SyntaxError as e:
            sys.exit("%s does not parse: %s" % (name, e))
        with open(path[:-3] + ".ast", "w", encoding="utf-8", newline="\n") as f:
            f.write(ast.dump(tree) + "\n")
        pos_path = path[:-3] + ".pos"
        if source.isascii():  # CPython's columns are bytes, ours code points
            with open(pos_path, "w", encoding="utf-8", newline="\n") as f:
                f.write(dump_with_positions(tree) + "\n")
        elif os.path.exists(pos_path):
            os.remove(pos_path)
        count += 1
    print("wrote %d .ast files in %s" % (count, cases))


if __name__ == "__main__":
    main()
