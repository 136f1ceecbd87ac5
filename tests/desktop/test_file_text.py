"""Why an import file cannot be read, and how it was read, in English and Swedish
(``desktop.common.file_text`` over ``models.tabular``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.common.domain_text import error_text
from desktop.common.file_text import NOTES as LISTED_NOTES
from desktop.common.file_text import UNREADABLE, read_notes
from models.importing import HEADERS
from models.tabular import ERRORS, NOTES, UnreadableFile, header_matcher, read_table
from tests.models import import_corpus as corpus

RECOGNISE = header_matcher(HEADERS)


def refusal(sample: corpus.Sample) -> UnreadableFile:
    with pytest.raises(UnreadableFile) as caught:
        read_table(sample.data, sample.name, recognise=RECOGNISE)
    return caught.value


def test_every_message_of_the_reader_is_listed_for_translation() -> None:
    assert set(UNREADABLE) == set(ERRORS.values())
    assert set(LISTED_NOTES) == set(NOTES.values())


@pytest.mark.parametrize("make", corpus.UNREADABLE, ids=lambda m: m.__name__)
def test_each_unreadable_file_is_explained_in_english(
    qapp: object, make: Callable[[], corpus.Sample]
) -> None:
    error = refusal(make())
    assert error_text(error) == error.message


@pytest.mark.parametrize("make", corpus.UNREADABLE, ids=lambda m: m.__name__)
def test_each_unreadable_file_is_explained_in_swedish_with_its_values(
    swedish: None, make: Callable[[], corpus.Sample]
) -> None:
    error = refusal(make())

    text = error_text(error)

    assert text != error.message and "{" not in text
    for value in error.params.values():
        assert str(value) in text


def test_swedish_names_the_lines_of_a_mixed_file_and_how_a_workbook_was_read(swedish: None) -> None:
    assert error_text(refusal(corpus.mixed_encodings())) == (
        "Rad 4 har en annan teckenkodning än rad 1 (filen blandar UTF-8 med en annan "
        "teckenkodning): spara filen igen med en enda teckenkodning"
    )
    sample = corpus.numbers_stored_as_numbers()
    source = read_table(sample.data, sample.name, recognise=RECOGNISE).source
    assert read_notes(source) == [
        "Läst från bladet ”Blad1” i arbetsboken.",
        # One wording for any number of values (no "värde(n)").
        "Excel hade sparat värden i kolumnen ”Personnummer” som tal, vilket tar bort en "
        "inledande nolla eller +: den har lagts tillbaka på rad 2",
        "Excel hade sparat värden i kolumnen ”Mobil” som tal, vilket tar bort en "
        "inledande nolla eller +: den har lagts tillbaka på rad 2, 3",
    ]
    cp1252 = corpus.excel_semicolon_cp1252()
    source = read_table(cp1252.data, cp1252.name, recognise=RECOGNISE).source
    assert read_notes(source) == ["Läst som CSV: teckenkodning Windows-1252, avgränsare ”;”."]
