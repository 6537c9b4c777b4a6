import datetime as dt

import pytest

import railopt

AFTER_2025 = dt.date(2026, 5, 12)  # after JR West's 2025-04-01 Osaka-area revision
BEFORE_2025 = dt.date(2024, 6, 1)  # 2023-04-01 .. 2025-03-31: barrier-free fee, old 電車特定区間
BEFORE_2023 = dt.date(2021, 6, 1)  # 2019-10-01 .. 2023-03-31: 10% tax tables, no barrier-free fee


@pytest.fixture(scope="session")
def net():
    return railopt.load_network()
