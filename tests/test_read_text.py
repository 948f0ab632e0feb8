from __future__ import annotations

import codecs

import pytest

from jingwen import InputError, process_bytes
from jingwen.read.text import decode, decode_text, split_lines

TEXT = "一、工作背景\n卫生城市是指在城市智慧化、环境整治等方面取得重要进展的城市。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_decodes_the_encodings_scrapes_come_in(data: bytes, encoding: str) -> None:
    text, used = decode(data)
    assert text == TEXT
    assert used == encoding


def test_encoding_is_recorded_in_the_document() -> None:
    doc = process_bytes(TEXT.encode("gb18030"), "a.txt")
    assert doc.source.encoding == "gb18030"
    assert doc.sections[0].heading == "工作背景"


def test_line_ends_crlf_and_cr_number_lines_like_the_scorer() -> None:
    assert split_lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"]
    assert split_lines("a\x0cb\u2028c\x85d\u2029e\x0bf") == ["a", "b", "c", "d", "e", "f"]
    assert split_lines("a\x0cb\u2028c\x85d\u2029e\x0bf\n") == ["a", "b", "c", "d", "e", "f", ""]
    # pdftotext's form feed opening each page of a text with line ends: numbered as the scorer and
    # `grep -n` number them, the mark gone
    assert split_lines("一、概况\n第一页\n1\n\x0c二、问题\n第二\x0c页") == ["一、概况", "第一页", "1", "二、问题", "第二 页"]


def test_mixed_encodings_in_one_file_decode_line_by_line() -> None:
    data = "第一行是UTF-8文字".encode() + b"\n" + "第二行是GBK文字".encode("gbk")
    text, used = decode(data)
    assert text == "第一行是UTF-8文字\n第二行是GBK文字"
    assert used.startswith("mixed")


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x00\x01\x02\x03" * 100, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64])
def test_binary_input_is_a_clear_error_naming_the_file(data: bytes) -> None:
    with pytest.raises(InputError) as e:
        process_bytes(data, "pic.png")
    assert "pic.png" in str(e.value)
    assert e.value.kind == "binary"


def test_a_legacy_line_that_is_valid_utf8_by_chance_is_read_in_the_files_encoding() -> None:
    # "[图片]" in GB18030 is also valid UTF-8 ("[ͼƬ]"); the file's other lines are GB18030.
    text = "岚湖国家湿地公园是候鸟迁徙的重要停歇地，每年暑期接待大量游客。\n[图片]\n一、招募人数\n自然讲解志愿者40名。\n"
    assert decode_text(text.encode("gb18030")).text == text
    # a UTF-8 line of dashes among GB18030 lines stays dashes
    mixed = "——".encode() + b"\n" + "中文内容一行，很长的一行，写了一些字。".encode("gb18030") + b"\n"
    assert decode_text(mixed).text.splitlines()[0] == "——"
