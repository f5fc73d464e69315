"""On-the-fly augmentation inside the compiled training step.

People draw digits rotated, larger or smaller, off-centre, thin or bold; MNIST's
digits are tidy. Each training image gets a random small affine warp and a
random stroke thickness change, so the network learns to ignore those.
"""

from __future__ import annotations

import math

import tensorflow as tf

MAX_ROTATION_DEG = 12.0
SCALE_RANGE = (0.85, 1.12)
MAX_SHEAR = 0.15
MAX_SHIFT_PX = 2.5
THICKNESS_RANGE = (-0.6, 0.6)  # <0 blends toward eroded strokes, >0 toward dilated


def _affine_transforms(
    n: tf.Tensor, rng: tf.random.Generator, size: int, strength: tf.Tensor
) -> tf.Tensor:
    """Per-image projective transforms (output -> input coordinates), shape (n, 8)."""
    angle = rng.uniform([n], -1.0, 1.0) * (MAX_ROTATION_DEG * math.pi / 180.0) * strength
    scale = 1.0 + (rng.uniform([n], *SCALE_RANGE) - 1.0) * strength
    shear = rng.uniform([n], -MAX_SHEAR, MAX_SHEAR) * strength
    shift = rng.uniform([n, 2], -MAX_SHIFT_PX, MAX_SHIFT_PX) * strength
    cos, sin = tf.cos(angle) / scale, tf.sin(angle) / scale
    # Inverse of rotate+scale (+ shear on x), about the image centre.
    a0, a1 = cos, -sin + shear
    b0, b1 = sin, cos
    centre = (size - 1) / 2.0
    a2 = centre - a0 * centre - a1 * centre - shift[:, 0]
    b2 = centre - b0 * centre - b1 * centre - shift[:, 1]
    zeros = tf.zeros([n])
    return tf.stack([a0, a1, a2, b0, b1, b2, zeros, zeros], axis=1)


def _thickness(images: tf.Tensor, rng: tf.random.Generator, strength: tf.Tensor) -> tf.Tensor:
    """Blend each image toward its dilation or erosion by a random amount."""
    n = tf.shape(images)[0]
    amount = rng.uniform([n, 1, 1, 1], *THICKNESS_RANGE) * strength
    dilated = tf.nn.max_pool2d(images, 3, 1, "SAME")
    eroded = -tf.nn.max_pool2d(-images, 2, 1, "SAME")
    toward = tf.where(amount > 0, dilated, eroded)
    return images + tf.abs(amount) * (toward - images)


def augment(
    images: tf.Tensor, rng: tf.random.Generator, strength: tf.Tensor | float = 1.0
) -> tf.Tensor:
    """Randomly warp and re-stroke a batch (N, 28, 28, 1) of float images in [0, 1].

    ``strength`` scales every distortion (1: the full ranges above, 0: none).
    """
    n = tf.shape(images)[0]
    size = images.shape[1] or 28
    warped = tf.raw_ops.ImageProjectiveTransformV3(
        images=images,
        transforms=_affine_transforms(n, rng, size, strength),
        output_shape=tf.shape(images)[1:3],
        fill_value=0.0,
        interpolation="BILINEAR",
        fill_mode="CONSTANT",
    )
    return tf.clip_by_value(_thickness(warped, rng, strength), 0.0, 1.0)
