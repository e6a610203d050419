"""Committed notebooks are in the form JupyterLab saves: opening one in Lab changes
nothing, so Lab's autosave never rewrites the nbval reference."""

import json

import pytest

from conflict_lib.runner.labform import kernelspec, lab_form
from conflict_lib.runner.report import series


@pytest.mark.parametrize("path", series(), ids=lambda p: p.name)
def test_a_lab_round_trip_leaves_the_committed_notebook_byte_identical(path):
    text = path.read_text(encoding="utf-8")
    assert lab_form(text) == text, "run `make notebooks` to write the notebooks in Lab's form"


@pytest.mark.parametrize("path", series(), ids=lambda p: p.name)
def test_kernelspec_is_the_one_the_project_kernel_reports(path):
    meta = json.loads(path.read_text(encoding="utf-8"))["metadata"]
    assert meta["kernelspec"] == kernelspec()
    assert meta["kernelspec"]["display_name"] == "Python 3 (ipykernel)"


def test_lab_form_writes_numbers_as_javascript_does():
    nb = {
        "cells": [{"cell_type": "code", "execution_count": 1, "id": "a1", "metadata": {},
                   "source": "1", "outputs": [{"output_type": "execute_result",
                                               "execution_count": 1, "metadata": {},
                                               "data": {"application/json": {"v": [1.0, 0.5,
                                                                                   -3.0]}}}]}],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                    "language": "python"}, "papermill": {"duration": 2.0}},
        "nbformat": 4, "nbformat_minor": 5,
    }
    out = json.loads(lab_form(json.dumps(nb)))
    assert out["cells"][0]["outputs"][0]["data"]["application/json"]["v"] == [1, 0.5, -3]
    assert '"duration": 2\n' in lab_form(json.dumps(nb))
    assert out["metadata"]["kernelspec"]["display_name"] == "Python 3 (ipykernel)"
    assert lab_form(lab_form(json.dumps(nb))) == lab_form(json.dumps(nb))
