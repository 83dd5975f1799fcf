#!/usr/bin/env python3
"""Writes the files that Python's torch.save produces for a one-key dict and a dict holding
a one-element list, for tst_cli / tst_datasets' loader tests (tests/data/*.pt).

PyTorch itself cannot be installed on this project's machines (only Debian's and npm's
registries are reachable, and Debian ships no python3-torch), so this uses what torch.save
uses: Python's own pickle module at protocol 2 with torch's persistent ids
('storage', torch.FloatStorage, key, 'cpu', numel), tensors reduced to
torch._utils._rebuild_tensor_v2(storage, offset, size, stride, requires_grad,
OrderedDict()), and the zip layout archive/data.pkl, archive/data/<key>, archive/version.
Python's pickler writes SETITEM for a dict of one item and APPEND for a list of one
element, exactly as under torch.save. Run: python3 tests/data/make_python_pickles.py
"""
import collections
import io
import pickle
import struct
import sys
import types
import zipfile
from pathlib import Path


def fake_module(name):
    module = types.ModuleType(name)
    sys.modules[name] = module
    return module


torch = fake_module("torch")
torch_utils = fake_module("torch._utils")


class FloatStorage:
    def __init__(self, values):
        self.values = values


FloatStorage.__module__ = "torch"
torch.FloatStorage = FloatStorage


def _rebuild_tensor_v2(*args):
    raise RuntimeError("only pickled, never called")


_rebuild_tensor_v2.__module__ = "torch._utils"
torch_utils._rebuild_tensor_v2 = _rebuild_tensor_v2


class Tensor:
    def __init__(self, values, size):
        self.storage = FloatStorage(values)
        self.size = size

    def __reduce_ex__(self, protocol):
        stride = tuple(int(_prod(self.size[i + 1:])) for i in range(len(self.size)))
        return (_rebuild_tensor_v2, (self.storage, 0, tuple(self.size), stride, False, collections.OrderedDict()))


def _prod(values):
    result = 1
    for v in values:
        result *= v
    return result


def save(obj, path):
    storages = []

    class Pickler(pickle.Pickler):
        def persistent_id(self, obj):
            if isinstance(obj, FloatStorage):
                key = str(len(storages))
                storages.append(obj)
                return ("storage", FloatStorage, key, "cpu", len(obj.values))
            return None

    buffer = io.BytesIO()
    Pickler(buffer, protocol=2).dump(obj)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("archive/data.pkl", buffer.getvalue())
        for key, storage in enumerate(storages):
            archive.writestr(f"archive/data/{key}", struct.pack(f"<{len(storage.values)}f", *storage.values))
        archive.writestr("archive/version", "3\n")


here = Path(__file__).resolve().parent
# {'z': z} for `itgan sample --z`: 2 latents of size 3, z[i][j] = i + j / 10.
save({"z": Tensor([0.0, 0.1, 0.2, 1.0, 1.1, 1.2], [2, 3])}, here / "python_one_key_dict.pt")
# A dict whose value is a list of one element.
save({"names": ["only"], "z": Tensor([1.0, 2.0], [2])}, here / "python_one_element_list.pt")
