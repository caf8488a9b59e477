"""The built-in coder, loaded once for the coding tests that parse by hand."""

import pytest

from detente.actors.dictionary import build_dictionary
from detente.coding.coder import CodeArticles
from detente.coding.patterns import load_patterns
from detente.config import load_settings
from detente.ontology.loader import load_ontology


@pytest.fixture(scope="session")
def coder():
    ontology = load_ontology()
    return CodeArticles(ontology=ontology, patterns=load_patterns(), dictionary=build_dictionary(ontology),
                        settings=load_settings())
