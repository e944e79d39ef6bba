"""The bad-input suite's size per category (issue 15 asks for at least 200 cases; every category holds some)."""

from __future__ import annotations

from tests.bad_input import test_bad_input, test_cdf_side_errors, test_datapoints_input, test_update_input

CATEGORIES = {
    "create (spec table)": test_bad_input.TABLE_CASES + test_bad_input.CLASS_CASES,
    "identifiers, RAW, filters": test_bad_input.OTHER_CASES,
    "datapoint inserts": test_datapoints_input.INSERT_CASES + test_datapoints_input.MULTI_CASES,
    "updates and upserts": test_update_input.UPDATE_CASES
    + test_update_input.SHAPE_CASES
    + test_update_input.CLASS_CASES,
    "CDF-side 4xx": test_cdf_side_errors.CASES + test_datapoints_input.CDF_CASES,
}


def test_every_category_holds_cases_and_the_suite_at_least_400() -> None:
    sizes = {name: len(cases) for name, cases in CATEGORIES.items()}
    assert all(n >= 10 for n in sizes.values()), sizes
    assert sum(sizes.values()) >= 400, sizes
