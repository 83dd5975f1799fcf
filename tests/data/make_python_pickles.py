#!/usr/bin/python3
"""Writes tests/data/python_one_key_dict.pt and python_one_element_list.pt with Python's own
torch.save (Debian's python3-torch, which packaging/setup.sh installs), for tst_integrity.

Python's pickler writes a dict of one item with the opcode SETITEM and a list of one element
with APPEND, which LibTorch 1.13's unpickler does not know (core/io/PickleCompat.h).
Run: /usr/bin/python3 tests/data/make_python_pickles.py
"""
from pathlib import Path

import torch

here = Path(__file__).resolve().parent
# {'z': z} for `itgan sample --z`: 2 latents of size 3, z[i][j] = i + j / 10.
torch.save({"z": torch.tensor([[0.0, 0.1, 0.2], [1.0, 1.1, 1.2]])}, here / "python_one_key_dict.pt")
# A dict whose value is a list of one element.
torch.save({"names": ["only"], "z": torch.tensor([1.0, 2.0])}, here / "python_one_element_list.pt")
