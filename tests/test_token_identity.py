"""spaCy builds a new Token object on every access (``doc[i]``, ``tok.head``), so comparing
tokens with ``is`` is false even for the same word: ``tok.head is tok`` never held for a root,
and ``tok.head is not subj`` always held. Tokens are compared by their index. This guards the
pattern that caused those bugs: an ``is`` comparison with a token's head or a token read off
a document."""

from __future__ import annotations

import ast
from pathlib import Path

import onrecord

SRC = Path(onrecord.__file__).parent


def _token_access(node: ast.expr) -> bool:
    """``x.head`` (a token's head) or ``doc[...]`` (a token read off a document)."""
    if isinstance(node, ast.Attribute) and node.attr == "head":
        return True
    return (
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id == "doc"
        and not isinstance(node.slice, ast.Slice)
    )


def test_no_token_is_compared_by_identity() -> None:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Compare):
                continue
            operands = [node.left, *node.comparators]
            for op, (a, b) in zip(node.ops, zip(operands, operands[1:])):
                if isinstance(op, (ast.Is, ast.IsNot)) and (_token_access(a) or _token_access(b)):
                    found.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert not found, "tokens compared with 'is' (compare .i): " + ", ".join(found)
