"""The command line names the flag of a service error's field and the command its code suggests; the service's
own message (what the workbench shows) names neither."""

from __future__ import annotations

from pathlib import Path

import pytest

from fuyuan_desktop.cli import main
from fuyuan_desktop.cli.common import FLAGS, HINTS, describe
from fuyuan_desktop.domain.errors import FuyuanError, InputErrors, NotFoundError, ValidationError


def test_a_validation_error_carries_label_key_and_code() -> None:
    error = ValidationError("调解结果", "「吵架」无效", field="outcome", code="invalid_choice")
    assert (error.label, error.field, error.code, error.reason) == ("调解结果", "outcome", "invalid_choice", "「吵架」无效")
    assert str(error) == "调解结果：「吵架」无效"  # what the workbench shows: the label, never a flag
    assert describe(error) == "--outcome 调解结果：「吵架」无效"


def test_an_error_without_a_key_is_known_by_its_label_as_before() -> None:
    error = ValidationError("parties[0].id_number 身份证号码", "校验码错误")
    assert (error.field, error.code) == ("parties[0].id_number 身份证号码", "invalid")
    assert describe(error) == str(error) == "parties[0].id_number 身份证号码：校验码错误"


def test_the_hint_follows_the_code_and_its_details() -> None:
    assert describe(NotFoundError("本机尚未初始化：请先初始化本机", code="not_initialized")) == \
        "本机尚未初始化：请先初始化本机（`fuyuan init`）"
    assert describe(NotFoundError("找不到法庭「甲」。可查看已登记的法庭。", code="unknown_tribunal")) == \
        "找不到法庭「甲」。可查看已登记的法庭（`fuyuan court list`）。"
    draft = ValidationError("司法确认申请", "尚未定稿；可打印第 1 版", code="draft", details={"final_version": 1})
    assert describe(draft) == "司法确认申请：尚未定稿；可打印第 1 版（--version 1）"
    no_final = ValidationError("司法确认申请", "尚未定稿", code="draft")
    assert describe(no_final) == "司法确认申请：尚未定稿"
    assert describe(FuyuanError("出错了")) == "出错了"


def test_every_hint_and_flag_is_command_line_syntax() -> None:
    assert all(flag.startswith("--") for flag in FLAGS.values())
    assert all("fuyuan" in hint or "--" in hint for hint in HINTS.values())


def test_input_errors_are_listed_in_command_line_words(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    def handler(_args: object) -> None:
        raise InputErrors([ValidationError("纠纷件数", "应为 1 到 10 之间的整数", field="disputes"),
                           ValidationError("category 纠纷类型", "「外星」不在类型表中；可查看可选的纠纷类型",
                                           code="unknown_category")])

    from argparse import Namespace

    from fuyuan_desktop.cli.common import run

    assert run(Namespace(handler=handler)) == 2
    err = capsys.readouterr().err
    assert "  --disputes 纠纷件数：应为 1 到 10 之间的整数\n" in err
    assert "  category 纠纷类型：「外星」不在类型表中；可查看可选的纠纷类型（`fuyuan case categories`）\n" in err


@pytest.mark.slow
def test_a_service_error_reaches_the_terminal_with_its_flag(capsys: pytest.CaptureFixture[str],
                                                            tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "case", "list", "--sort", "colour"]) == 2
    assert "错误：--sort 排序：无法按「colour」排序" in capsys.readouterr().err
    assert main(["--data-dir", data, "report", "white-paper", "--year", "1999", "--out", str(tmp_path / "w.pdf")]) == 2
    assert "错误：--year 年度：应在 2000–" in capsys.readouterr().err
