"""model.data.preprocess: unusable arrays and files are refused with a clear error.

Huge, truncated or damaged files and arrays of any shape: a ValueError or an
ImageFileError that says why, never a crash or a hang.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from PIL import Image, ImageDraw, ImageFile

from model.data.preprocess import (
    INPUT_SIZE,
    MAX_PIXELS,
    ImageFileError,
    load_image,
    prepare,
    prepare_file,
)
from tests import test_preprocess
from tests.test_preprocess import assert_valid_field, draw_digit, ink_box, mean_abs_diff

seven = test_preprocess.seven  # its fixture: a drawn 7


# --- unusable inputs ------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        np.zeros((0, 5)),
        np.zeros((5, 0, 3)),
        np.zeros(5),
        np.float64(3.0),
        np.zeros((2, 5, 5, 1)),
        np.zeros((5, 5, 2)),
        np.zeros((5, 5, 5)),
        np.full((5, 5), np.nan),
        np.full((5, 5), np.inf),
        np.zeros((5, 5), dtype=np.complex64),
        np.zeros((5, 5), dtype=object),
        np.full((5, 5), "x"),
        [[1, 2], [3]],
        Image.new("RGB", (0, 0)),
    ],
    ids=lambda bad: getattr(bad, "shape", None) and f"{bad.dtype}{bad.shape}" or repr(bad)[:20],
)
def test_unusable_input_raises_value_error(bad: object) -> None:
    with pytest.raises(ValueError):
        prepare(bad)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(
    hnp.arrays(
        dtype=st.sampled_from([np.uint8, np.uint16, np.int32, np.float32, np.float64, np.bool_]),
        shape=st.one_of(
            hnp.array_shapes(min_dims=0, max_dims=4, min_side=0, max_side=8),
            st.tuples(st.integers(1, 40), st.integers(1, 40), st.sampled_from([1, 3, 4])),
        ),
    )
)
def test_any_array_gives_a_field_none_or_value_error(array: np.ndarray) -> None:
    try:
        field = prepare(array)
    except ValueError:
        return
    if field is not None:
        assert field.shape == (INPUT_SIZE, INPUT_SIZE)
        assert field.dtype == np.float32
        assert np.isfinite(field).all()
        assert field.min() >= 0.0 and field.max() <= 1.0


# --- files -----------------------------------------------------------------------------


def _png_claiming(width: int, height: int) -> bytes:
    """A valid tiny PNG whose IHDR is patched to claim width x height pixels."""
    png = _encode(Image.new("1", (1, 1)), "PNG")
    ihdr_start = 8 + 4  # signature, chunk length
    assert png[ihdr_start : ihdr_start + 4] == b"IHDR"
    data = struct.pack(">II", width, height) + png[ihdr_start + 12 : ihdr_start + 17]
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + data))
    return png[:ihdr_start] + b"IHDR" + data + crc + png[ihdr_start + 21 :]


def _encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def _refuse_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_decoding(self: ImageFile.ImageFile) -> None:
        raise AssertionError("pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)


@pytest.mark.faults
@pytest.mark.parametrize("size", [(20_000, 20_000), (8_000, 8_000)])
def test_huge_image_is_refused_before_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    # 20000x20000 trips Pillow's own bomb limit in Image.open, 8000x8000 ours.
    assert size[0] * size[1] > MAX_PIXELS
    path = tmp_path / "huge.png"
    path.write_bytes(_png_claiming(*size))
    _refuse_decoding(monkeypatch)
    with pytest.raises(ImageFileError, match="huge.png") as error:
        load_image(path)
    assert f"{MAX_PIXELS:,} pixels" in str(error.value)


@pytest.mark.faults
def test_truncated_png(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", False)
    noise = np.random.default_rng(3).integers(0, 256, (64, 64), dtype=np.uint8)
    data = _encode(Image.fromarray(noise), "PNG")
    path = tmp_path / "cut.png"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImageFileError, match=r"cut\.png.*truncated"):
        load_image(path)
    # Cut inside its header, Pillow says "Truncated File Read" as it opens it: the
    # window said that in English in every language.
    for cut in (18, 22):
        path.write_bytes(data[:cut])
        with pytest.raises(ImageFileError) as error:
            load_image(path)
        assert error.value.problem == ("cannot be decoded: the file is truncated "
                                       "(incomplete download or copy?)"), cut


@pytest.mark.faults
@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("notes.png", b"these are not pixels\n", "not an image"),
        ("empty.png", b"", "empty"),
        ("half a header.png", b"\x89PNG\r\n\x1a\n\x00\x00", "not an image"),
    ],
)
def test_unusable_files(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImageFileError, match=reason) as error:
        load_image(path)
    assert name in str(error.value)
    assert isinstance(error.value, ValueError)
    with pytest.raises(ImageFileError):
        prepare_file(path)


@pytest.mark.faults
def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImageFileError, match="no such file") as error:
        load_image(tmp_path / "gone.png")
    assert "gone.png" in str(error.value)
    with pytest.raises(ImageFileError, match="folder"):
        load_image(tmp_path)


def test_animated_gif_uses_the_first_frame(tmp_path: Path) -> None:
    first = draw_digit("|", canvas=100, top_left=(50, 10), height=80, pen=8).convert("P")
    second = draw_digit("|", canvas=100, top_left=(50, 10), height=80, pen=8).rotate(90)
    path = tmp_path / "anim.gif"
    first.save(path, save_all=True, append_images=[second.convert("P")], duration=100, loop=0)
    with Image.open(path) as check:
        assert check.n_frames == 2
    image = load_image(path)
    assert getattr(image, "n_frames", 1) == 1
    height, width = ink_box(assert_valid_field(prepare(image)))
    assert height > 3 * width  # the vertical bar of frame 0, not the horizontal one


def test_exif_rotation_is_applied(tmp_path: Path) -> None:
    # Stored as a horizontal bar at the top, 80 wide and 40 high; orientation 6
    # means "rotate 90 degrees clockwise to display".
    stored = Image.new("L", (80, 40), 255)
    ImageDraw.Draw(stored).rectangle([10, 2, 70, 8], fill=0)
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "photo.jpg"
    stored.save(path, "JPEG", exif=exif, quality=95)
    image = load_image(path)
    assert image.size == (40, 80)
    pixels = np.asarray(image)
    assert pixels[:, 30:].mean() < pixels[:, :10].mean()  # the bar is now on the right
    field = assert_valid_field(prepare_file(path))
    height, width = ink_box(field)
    assert height > 2 * width


@pytest.mark.parametrize(
    "name",
    ["my digit.png", "chiffre-é-数字.png", 'it\'s "quoted".png', "#1 (copy) [2].png"],
)
def test_unusual_file_names(tmp_path: Path, seven: np.ndarray, name: str) -> None:
    path = tmp_path / name
    draw_digit("7").save(path)
    assert mean_abs_diff(prepare_file(path), seven) < 1e-6
    assert mean_abs_diff(prepare_file(str(path)), seven) < 1e-6
    with pytest.raises(ImageFileError) as error:
        load_image(tmp_path / ("missing " + name))
    assert name in str(error.value)


def test_blank_file_is_no_digit(tmp_path: Path) -> None:
    path = tmp_path / "blank.png"
    Image.new("L", (200, 200), 255).save(path)
    assert prepare_file(path) is None


def test_load_image_returns_a_detached_image(tmp_path: Path) -> None:
    path = tmp_path / "seven.png"
    draw_digit("7").save(path)
    image = load_image(path)
    path.unlink()  # the file is closed and no longer needed
    assert image.size == (400, 400)
    assert_valid_field(prepare(image))
