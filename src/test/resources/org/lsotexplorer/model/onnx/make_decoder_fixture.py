#!/usr/bin/env python3
"""Writes the small ONNX decoders the tests use (the tests themselves never need Python).

Requirements: Python 3 with numpy and onnx >= 1.12 (Debian 12: apt-get install python3-numpy python3-onnx).
Run from this folder:  python3 make_decoder_fixture.py

Writes
  decoder_d4.onnx        z: float32 [batch, 4] -> image: float32 [batch, 1, 8, 8] = sigmoid(z W + b) reshaped
  decoder_d4_flat.onnx   the same without the reshape: [batch, 64] (not an image batch; a bad-input case)
  decoder_d4_W.npy, decoder_d4_b.npy   W (4 x 64) and b (64,), so a test can recompute the decoder without ONNX
Opset 13, IR version 7: readable by ONNX Runtime 1.8 and later.
"""
import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

D, H, W = 4, 8, 8
rng = np.random.RandomState(20260411)
weights = (rng.standard_normal((D, H * W)) * 0.8).astype(np.float32)
bias = (rng.standard_normal(H * W) * 0.3).astype(np.float32)


def build(reshape: bool) -> onnx.ModelProto:
    nodes = [
        helper.make_node("MatMul", ["z", "W"], ["zw"]),
        helper.make_node("Add", ["zw", "b"], ["logits"]),
        helper.make_node("Sigmoid", ["logits"], ["flat" if reshape else "image"]),
    ]
    inits = [numpy_helper.from_array(weights, "W"), numpy_helper.from_array(bias, "b")]
    out_shape = ["batch", 1, H, W] if reshape else ["batch", H * W]
    if reshape:
        nodes.append(helper.make_node("Reshape", ["flat", "shape"], ["image"]))
        inits.append(numpy_helper.from_array(np.array([-1, 1, H, W], dtype=np.int64), "shape"))
    graph = helper.make_graph(
        nodes, "decoder",
        [helper.make_tensor_value_info("z", TensorProto.FLOAT, ["batch", D])],
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, out_shape)],
        initializer=inits)
    model = helper.make_model(graph, producer_name="lsot-explorer-fixture",
                              opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 7
    onnx.checker.check_model(model)
    return model


onnx.save(build(True), "decoder_d4.onnx")
onnx.save(build(False), "decoder_d4_flat.onnx")
np.save("decoder_d4_W.npy", weights)
np.save("decoder_d4_b.npy", bias)
print("wrote decoder_d4.onnx, decoder_d4_flat.onnx, decoder_d4_W.npy, decoder_d4_b.npy")
