"""Tests for the office-holders knowledge base (ontology/office-holders-v1.tsv) and
its loader, detente/actors/kb.py.

The dated cases below are written by hand, not derived from the data file, so an
edit that moves a term or drops a person makes them fail.
"""

from __future__ import annotations

import re
import shutil
import time
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest

from detente.actors.dictionary import build_dictionary, normalize_surface
from detente.actors.kb import (
    OFFICE_HOLDERS_COLUMNS,
    OFFICE_HOLDERS_FILE,
    OFFICES,
    OfficeHolders,
    OfficeTerm,
    load_office_holders,
    normalize_name,
)
from detente.ontology.loader import SECTOR_CODES, load_countries, load_ontology
from detente.ontology.manifest import OntologyError, write_manifest

_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MAIN_SECTORS = {
    "head_of_state": ("GOV",),  # or GOV|MIL for a military ruler (_MILITARY_RULE)
    "head_of_government": ("GOV",),
    "foreign_minister": ("GOV",),
    "interior_minister": ("GOV",),
    "defence_minister": ("GOV", "MIL"),
    "military_chief": ("MIL",),
}

# (name as written in news, day, ISO3, office held that day)
ROLE_CASES = [
    ("Shoigu", "2005-06-01", "RUS", "other"),
    ("Shoigu", "2015-04-16", "RUS", "defence_minister"),
    ("Shoigu", "2025-01-10", "RUS", "other"),
    ("Sergey Shoygu", "2023-02-24", "RUS", "defence_minister"),
    ("Putin", "2005-03-01", "RUS", "head_of_state"),
    ("Putin", "2010-03-01", "RUS", "head_of_government"),
    ("Vladimir Putin", "2020-03-01", "RUS", "head_of_state"),
    ("Medvedev", "2010-03-01", "RUS", "head_of_state"),
    ("Medvedev", "2015-03-01", "RUS", "head_of_government"),
    ("Dmitri Medvedev", "2022-03-01", "RUS", "other"),
    ("Sergei Ivanov", "2000-06-01", "RUS", "other"),
    ("Sergei Ivanov", "2004-06-01", "RUS", "defence_minister"),
    ("Igor Ivanov", "2002-01-01", "RUS", "foreign_minister"),
    ("Igor Ivanov", "2005-06-01", "RUS", "other"),
    ("Fradkov", "2006-01-01", "RUS", "head_of_government"),
    ("Fradkov", "2010-01-01", "RUS", "other"),
    ("Belousov", "2022-01-01", "RUS", "other"),
    ("Andrey Belousov", "2025-01-01", "RUS", "defence_minister"),
    ("Rushailo", "2000-06-01", "RUS", "interior_minister"),
    ("Rushailo", "2003-01-01", "RUS", "other"),
    ("Khawaja Asif", "2015-06-01", "PAK", "defence_minister"),
    ("Khawaja Asif", "2017-12-01", "PAK", "foreign_minister"),
    ("Khawaja Muhammad Asif", "2023-03-01", "PAK", "defence_minister"),
    ("Khawaja Asif", "2024-06-01", "PAK", "defence_minister"),
    ("Musharraf", "2000-06-01", "PAK", "head_of_government"),  # Chief Executive and army chief
    ("Pervez Musharraf", "2005-06-01", "PAK", "head_of_state"),
    ("Ishaq Dar", "2024-06-01", "PAK", "foreign_minister"),
    ("Biden", "2012-06-01", "USA", "other"),
    ("Joe Biden", "2022-06-01", "USA", "head_of_state"),
    ("Cheney", "1990-08-02", "USA", "defence_minister"),
    ("Dick Cheney", "2003-03-20", "USA", "other"),
    ("Colin Powell", "1991-01-17", "USA", "military_chief"),
    ("Colin Powell", "2003-03-20", "USA", "foreign_minister"),
    ("Condoleezza Rice", "2003-03-20", "USA", "other"),
    ("Condoleezza Rice", "2007-01-01", "USA", "foreign_minister"),
    ("Pompeo", "2017-06-01", "USA", "other"),
    ("Mike Pompeo", "2019-06-01", "USA", "foreign_minister"),
    ("Panetta", "2010-01-01", "USA", "other"),
    ("Leon Panetta", "2012-01-01", "USA", "defence_minister"),
    ("John Kelly", "2017-03-01", "USA", "interior_minister"),
    ("John Kelly", "2018-03-01", "USA", "other"),
    ("Xi Jinping", "2010-06-01", "CHN", "other"),
    ("Xi Jinping", "2015-06-01", "CHN", "head_of_state"),
    ("Hu Jintao", "2001-01-01", "CHN", "other"),
    ("Hu Jintao", "2008-01-01", "CHN", "head_of_state"),
    ("Liang Guanglie", "2005-01-01", "CHN", "military_chief"),
    ("Liang Guanglie", "2010-01-01", "CHN", "defence_minister"),
    ("Yang Jiechi", "2010-01-01", "CHN", "foreign_minister"),
    ("Yang Jiechi", "2015-01-01", "CHN", "other"),
    ("Pranab Mukherjee", "2005-01-01", "IND", "defence_minister"),
    ("Pranab Mukherjee", "2008-01-01", "IND", "foreign_minister"),
    ("Pranab Mukherjee", "2014-01-01", "IND", "head_of_state"),
    ("Rajnath Singh", "2016-01-01", "IND", "interior_minister"),
    ("Rajnath Singh", "2021-01-01", "IND", "defence_minister"),
    ("Jaishankar", "2016-06-01", "IND", "other"),
    ("S. Jaishankar", "2020-06-01", "IND", "foreign_minister"),
    ("Bipin Rawat", "2018-01-01", "IND", "military_chief"),  # army chief, then chief of defence staff
    ("Bipin Rawat", "2021-01-01", "IND", "military_chief"),
    ("Theresa May", "2012-01-01", "GBR", "interior_minister"),
    ("Theresa May", "2018-01-01", "GBR", "head_of_government"),
    ("Boris Johnson", "2017-01-01", "GBR", "foreign_minister"),
    ("Boris Johnson", "2020-01-01", "GBR", "head_of_government"),
    ("Liz Truss", "2022-01-01", "GBR", "foreign_minister"),
    ("Liz Truss", "2022-10-01", "GBR", "head_of_government"),
    ("David Cameron", "2012-01-01", "GBR", "head_of_government"),
    ("David Cameron", "2024-03-01", "GBR", "foreign_minister"),
    ("Philip Hammond", "2013-01-01", "GBR", "defence_minister"),
    ("Philip Hammond", "2015-01-01", "GBR", "foreign_minister"),
    ("James Cleverly", "2023-01-01", "GBR", "foreign_minister"),
    ("James Cleverly", "2024-03-01", "GBR", "interior_minister"),
    ("Grant Shapps", "2022-10-20", "GBR", "interior_minister"),
    ("Grant Shapps", "2024-01-01", "GBR", "defence_minister"),
    ("Jack Straw", "2000-01-01", "GBR", "interior_minister"),
    ("Jack Straw", "2003-01-01", "GBR", "foreign_minister"),
    ("John Reid", "2005-10-01", "GBR", "defence_minister"),
    ("John Reid", "2007-01-01", "GBR", "interior_minister"),
    ("Yvette Cooper", "2025-01-01", "GBR", "interior_minister"),
    ("Yvette Cooper", "2025-10-01", "GBR", "foreign_minister"),
    ("Sarkozy", "2003-01-01", "FRA", "interior_minister"),
    ("Nicolas Sarkozy", "2010-01-01", "FRA", "head_of_state"),
    ("Dominique de Villepin", "2003-01-01", "FRA", "foreign_minister"),
    ("Villepin", "2004-10-01", "FRA", "interior_minister"),
    ("de Villepin", "2006-01-01", "FRA", "head_of_government"),
    ("Manuel Valls", "2013-01-01", "FRA", "interior_minister"),
    ("Manuel Valls", "2015-01-01", "FRA", "head_of_government"),
    ("Le Drian", "2015-01-01", "FRA", "defence_minister"),
    ("Jean-Yves Le Drian", "2019-01-01", "FRA", "foreign_minister"),
    ("Michele Alliot-Marie", "2005-01-01", "FRA", "defence_minister"),
    ("Alliot-Marie", "2008-01-01", "FRA", "interior_minister"),
    ("Alliot-Marie", "2011-01-01", "FRA", "foreign_minister"),
    ("Alain Juppe", "2011-01-01", "FRA", "defence_minister"),
    ("Alain Juppé", "2011-06-01", "FRA", "foreign_minister"),
    ("Lecornu", "2023-01-01", "FRA", "defence_minister"),
    ("Sébastien Lecornu", "2025-11-01", "FRA", "head_of_government"),
    ("Michel Barnier", "2004-10-01", "FRA", "foreign_minister"),
    ("Michel Barnier", "2024-10-01", "FRA", "head_of_government"),
    ("Steinmeier", "2008-01-01", "DEU", "foreign_minister"),
    ("Frank-Walter Steinmeier", "2020-01-01", "DEU", "head_of_state"),
    ("Thomas de Maiziere", "2010-01-01", "DEU", "interior_minister"),
    ("Thomas de Maizière", "2012-01-01", "DEU", "defence_minister"),
    ("de Maizière", "2015-01-01", "DEU", "interior_minister"),
    ("Yushchenko", "2000-06-01", "UKR", "head_of_government"),
    ("Viktor Yushchenko", "2007-01-01", "UKR", "head_of_state"),
    ("Yanukovych", "2003-06-01", "UKR", "head_of_government"),
    ("Viktor Yanukovich", "2012-01-01", "UKR", "head_of_state"),
    ("Poroshenko", "2010-01-01", "UKR", "foreign_minister"),
    ("Petro Poroshenko", "2016-01-01", "UKR", "head_of_state"),
    ("Yatsenyuk", "2007-06-01", "UKR", "foreign_minister"),
    ("Arseniy Yatsenyuk", "2015-01-01", "UKR", "head_of_government"),
    ("Denys Shmyhal", "2022-01-01", "UKR", "head_of_government"),
    ("Rustem Umerov", "2024-01-01", "UKR", "defence_minister"),
    ("Umerov", "2025-08-01", "UKR", "other"),
    ("Zelenskyy", "2022-03-01", "UKR", "head_of_state"),
    ("Rouhani", "2000-01-01", "IRN", "other"),
    ("Hassan Rohani", "2015-01-01", "IRN", "head_of_government"),
    ("Raisi", "2020-01-01", "IRN", "other"),
    ("Ebrahim Raisi", "2022-01-01", "IRN", "head_of_government"),
    ("Khamenei", "1985-01-01", "IRN", "head_of_government"),
    ("Ayatollah Ali Khamenei", "2010-01-01", "IRN", "head_of_state"),
    ("Ahmad Vahidi", "2010-01-01", "IRN", "defence_minister"),
    ("Ahmad Vahidi", "2022-01-01", "IRN", "interior_minister"),
    ("Mostafa Mohammad-Najjar", "2007-01-01", "IRN", "defence_minister"),
    ("Mostafa Mohammad Najjar", "2011-01-01", "IRN", "interior_minister"),
    ("Shamkhani", "2000-01-01", "IRN", "defence_minister"),
    ("Ali Shamkhani", "2015-01-01", "IRN", "other"),
    ("Ehud Barak", "2000-01-01", "ISR", "head_of_government"),
    ("Ehud Barak", "2010-01-01", "ISR", "defence_minister"),
    ("Netanyahu", "2003-01-01", "ISR", "foreign_minister"),
    ("Netanyahu", "2015-01-01", "ISR", "head_of_government"),
    ("Benjamin Netanyahu", "2023-06-01", "ISR", "head_of_government"),
    ("Naftali Bennett", "2020-01-01", "ISR", "defence_minister"),
    ("Naftali Bennett", "2022-01-01", "ISR", "head_of_government"),
    ("Yair Lapid", "2022-01-01", "ISR", "foreign_minister"),
    ("Yair Lapid", "2022-09-01", "ISR", "head_of_government"),
    ("Avigdor Liberman", "2010-01-01", "ISR", "foreign_minister"),
    ("Lieberman", "2017-01-01", "ISR", "defence_minister"),
    ("Benny Gantz", "2013-01-01", "ISR", "military_chief"),
    ("Gantz", "2021-01-01", "ISR", "defence_minister"),
    ("Shaul Mofaz", "2000-01-01", "ISR", "military_chief"),
    ("Shaul Mofaz", "2004-01-01", "ISR", "defence_minister"),
    ("Moshe Yaalon", "2004-01-01", "ISR", "military_chief"),
    ("Ya'alon", "2014-01-01", "ISR", "defence_minister"),
    ("Gabi Ashkenazi", "2009-01-01", "ISR", "military_chief"),
    ("Gabi Ashkenazi", "2021-01-01", "ISR", "foreign_minister"),
    ("Shimon Peres", "2002-01-01", "ISR", "foreign_minister"),
    ("Shimon Peres", "2010-01-01", "ISR", "head_of_state"),
    ("Israel Katz", "2024-06-01", "ISR", "foreign_minister"),
    ("Israel Katz", "2025-01-01", "ISR", "defence_minister"),
    ("Erdogan", "2010-06-01", "TUR", "head_of_government"),
    ("Erdogan", "2016-06-01", "TUR", "head_of_state"),
    ("Abdullah Gul", "2003-01-01", "TUR", "head_of_government"),
    ("Abdullah Gül", "2005-01-01", "TUR", "foreign_minister"),
    ("Abdullah Gul", "2010-01-01", "TUR", "head_of_state"),
    ("Davutoglu", "2012-01-01", "TUR", "foreign_minister"),
    ("Ahmet Davutoğlu", "2015-01-01", "TUR", "head_of_government"),
    ("Hulusi Akar", "2016-01-01", "TUR", "military_chief"),
    ("Hulusi Akar", "2020-01-01", "TUR", "defence_minister"),
    ("Yasar Guler", "2020-01-01", "TUR", "military_chief"),
    ("Yaşar Güler", "2024-01-01", "TUR", "defence_minister"),
    ("Hakan Fidan", "2015-01-01", "TUR", "other"),
    ("Hakan Fidan", "2024-01-01", "TUR", "foreign_minister"),
    ("King Salman", "2013-01-01", "SAU", "defence_minister"),
    ("King Salman", "2016-01-01", "SAU", "head_of_state"),
    ("Mohammed bin Salman", "2018-01-01", "SAU", "defence_minister"),
    ("MBS", "2023-01-01", "SAU", "head_of_government"),
    ("Taro Aso", "2006-01-01", "JPN", "foreign_minister"),
    ("Taro Aso", "2009-01-01", "JPN", "head_of_government"),
    ("Fumio Kishida", "2015-01-01", "JPN", "foreign_minister"),
    ("Kishida", "2022-01-01", "JPN", "head_of_government"),
    ("Shigeru Ishiba", "2008-01-01", "JPN", "defence_minister"),
    ("Ishiba", "2025-01-01", "JPN", "head_of_government"),
    ("Taro Kono", "2018-01-01", "JPN", "foreign_minister"),
    ("Taro Kono", "2020-01-01", "JPN", "defence_minister"),
    ("Chung Eui-yong", "2018-04-27", "KOR", "other"),
    ("Chung Eui-yong", "2021-06-01", "KOR", "foreign_minister"),
    ("Kim Jong Un", "2018-06-12", "PRK", "head_of_state"),
    ("el-Sisi", "2013-08-01", "EGY", "defence_minister"),
    ("Abdel Fattah al-Sisi", "2016-01-01", "EGY", "head_of_state"),
    ("Tantawi", "2005-01-01", "EGY", "defence_minister"),
    ("Hussein Tantawi", "2011-06-01", "EGY", "head_of_state"),
    ("Sedki Sobhi", "2013-01-01", "EGY", "military_chief"),
    ("Sedki Sobhi", "2016-01-01", "EGY", "defence_minister"),
    ("Ashraf Ghani", "2003-01-01", "AFG", "other"),
    ("Ashraf Ghani", "2016-01-01", "AFG", "head_of_state"),
    ("Abdullah Abdullah", "2003-01-01", "AFG", "foreign_minister"),
    ("Abdullah Abdullah", "2016-01-01", "AFG", "head_of_government"),
    ("Dilma Rousseff", "2008-01-01", "BRA", "other"),
    ("Dilma Rousseff", "2012-01-01", "BRA", "head_of_state"),
    ("Celso Amorim", "2005-01-01", "BRA", "foreign_minister"),
    ("Celso Amorim", "2012-01-01", "BRA", "defence_minister"),
    ("Prabowo Subianto", "2020-01-01", "IDN", "defence_minister"),
    ("Prabowo", "2025-01-01", "IDN", "head_of_state"),
    ("Sergio Mattarella", "2000-06-01", "ITA", "defence_minister"),
    ("Mattarella", "2016-01-01", "ITA", "head_of_state"),
    ("Paolo Gentiloni", "2015-06-01", "ITA", "foreign_minister"),
    ("Gentiloni", "2017-06-01", "ITA", "head_of_government"),
    ("Nouri al-Maliki", "2010-01-01", "IRQ", "head_of_government"),
    ("Nuri al-Maliki", "2015-01-01", "IRQ", "other"),
    ("Ibrahim al-Jaafari", "2006-01-01", "IRQ", "head_of_government"),
    ("Jaafari", "2016-01-01", "IRQ", "foreign_minister"),
    ("Nicolas Maduro", "2010-01-01", "VEN", "foreign_minister"),
    ("Maduro", "2015-01-01", "VEN", "head_of_state"),
    ("Kevin Rudd", "2009-01-01", "AUS", "head_of_government"),
    ("Kevin Rudd", "2011-01-01", "AUS", "foreign_minister"),
    ("Rudd", "2013-08-01", "AUS", "head_of_government"),
    ("Marise Payne", "2017-01-01", "AUS", "defence_minister"),
    ("Marise Payne", "2020-01-01", "AUS", "foreign_minister"),
    ("Jacob Zuma", "2002-01-01", "ZAF", "other"),
    ("Zuma", "2012-01-01", "ZAF", "head_of_state"),
    ("Cyril Ramaphosa", "2016-01-01", "ZAF", "other"),
    ("Ramaphosa", "2020-01-01", "ZAF", "head_of_state"),
    ("Sergey Lavrov", "2004-06-01", "RUS", "foreign_minister"),
    ("Shah Mahmood Qureshi", "2010-01-01", "PAK", "foreign_minister"),
    ("Shah Mehmood Qureshi", "2020-01-01", "PAK", "foreign_minister"),
    ("Imran Khan", "2020-01-01", "PAK", "head_of_government"),
    ("Qamar Javed Bajwa", "2019-01-01", "PAK", "military_chief"),
    ("Bajwa", "2022-11-28", "PAK", "military_chief"),
    ("Asim Munir", "2022-11-29", "PAK", "military_chief"),
    ("Michel Suleiman", "2005-01-01", "LBN", "military_chief"),
    ("Michel Sleiman", "2010-01-01", "LBN", "head_of_state"),
    ("Joseph Aoun", "2020-01-01", "LBN", "military_chief"),
    ("Joseph Aoun", "2025-06-01", "LBN", "head_of_state"),
    ("Hamad bin Jassim", "2005-01-01", "QAT", "foreign_minister"),
    ("Hamad bin Jassim", "2010-01-01", "QAT", "head_of_government"),
    ("Tokayev", "2000-06-01", "KAZ", "head_of_government"),
    ("Kassym-Jomart Tokayev", "2005-01-01", "KAZ", "foreign_minister"),
    ("Tokayev", "2022-01-05", "KAZ", "head_of_state"),
    ("Serzh Sargsyan", "2005-01-01", "ARM", "defence_minister"),
    ("Serzh Sarkisian", "2012-01-01", "ARM", "head_of_state"),
    ("Ranil Wickremesinghe", "2016-01-01", "LKA", "head_of_government"),
    ("Ranil Wickremesinghe", "2023-01-01", "LKA", "head_of_state"),
    ("Mahinda Rajapaksa", "2010-01-01", "LKA", "head_of_state"),
    ("Mahinda Rajapaksa", "2020-06-01", "LKA", "head_of_government"),
    ("To Lam", "2020-01-01", "VNM", "interior_minister"),
    ("Tô Lâm", "2024-06-01", "VNM", "head_of_state"),
    ("Min Aung Hlaing", "2015-01-01", "MMR", "military_chief"),
    ("Min Aung Hlaing", "2023-01-01", "MMR", "head_of_government"),
    ("Min Aung Hlaing", "2025-01-01", "MMR", "head_of_state"),
    ("Aung San Suu Kyi", "2018-01-01", "MMR", "head_of_government"),
    ("Prayut Chan-o-cha", "2012-01-01", "THA", "military_chief"),
    ("Prayuth Chan-ocha", "2018-01-01", "THA", "head_of_government"),
    ("Assimi Goita", "2021-01-01", "MLI", "other"),
    ("Assimi Goïta", "2022-01-01", "MLI", "head_of_state"),
    ("Paul Kagame", "1998-01-01", "RWA", "defence_minister"),
    ("Kagame", "2010-01-01", "RWA", "head_of_state"),
    ("Radoslaw Sikorski", "2006-01-01", "POL", "defence_minister"),
    ("Radosław Sikorski", "2024-06-01", "POL", "foreign_minister"),
    ("Juan Manuel Santos", "2008-01-01", "COL", "defence_minister"),
    ("Juan Manuel Santos", "2015-01-01", "COL", "head_of_state"),
    ("Michelle Bachelet", "2003-01-01", "CHL", "defence_minister"),
    ("Bachelet", "2016-01-01", "CHL", "head_of_state"),
    ("Raul Castro", "2000-01-01", "CUB", "defence_minister"),
    ("Raúl Castro", "2010-01-01", "CUB", "head_of_state"),
    ("Abdullah II", "2020-01-01", "JOR", "head_of_state"),
    ("Hemedti", "2024-01-01", "SDN", "other"),
    ("Burhan", "2024-01-01", "SDN", "head_of_state"),
    ("Alexander Stubb", "2010-01-01", "FIN", "foreign_minister"),
    ("Stubb", "2015-01-01", "FIN", "head_of_government"),
    ("Stubb", "2024-03-01", "FIN", "head_of_state"),
    ("Jonas Gahr Støre", "2008-01-01", "NOR", "foreign_minister"),
    ("Jonas Gahr Store", "2022-01-01", "NOR", "head_of_government"),
    ("Stoltenberg", "2010-01-01", "NOR", "head_of_government"),
    ("Jens Stoltenberg", "2020-01-01", "NOR", "other"),
    ("Sebastian Kurz", "2015-01-01", "AUT", "foreign_minister"),
    ("Kurz", "2018-06-01", "AUT", "head_of_government"),
    ("Espen Barth Eide", "2012-01-01", "NOR", "defence_minister"),
    ("Espen Barth Eide", "2024-01-01", "NOR", "foreign_minister"),
    ("Mark Rutte", "2015-01-01", "NLD", "head_of_government"),
    ("Rutte", "2025-01-01", "NLD", "other"),
    ("Lars Løkke Rasmussen", "2017-01-01", "DNK", "head_of_government"),
    ("Lars Lokke Rasmussen", "2023-06-01", "DNK", "foreign_minister"),
    ("Nikos Dendias", "2020-01-01", "GRC", "foreign_minister"),
    ("Dendias", "2024-01-01", "GRC", "defence_minister"),
    ("George Papandreou", "2002-01-01", "GRC", "foreign_minister"),
    ("George Papandreou", "2010-06-01", "GRC", "head_of_government"),
    ("Miloš Zeman", "2000-01-01", "CZE", "head_of_government"),
    ("Milos Zeman", "2015-01-01", "CZE", "head_of_state"),
    ("Aleksandar Vucic", "2015-01-01", "SRB", "head_of_government"),
    ("Vučić", "2020-01-01", "SRB", "head_of_state"),
    ("Zoran Milanovic", "2013-01-01", "HRV", "head_of_government"),
    ("Zoran Milanović", "2021-01-01", "HRV", "head_of_state"),
    ("Hashim Thaci", "2010-01-01", "XKX", "head_of_government"),
    ("Thaçi", "2018-01-01", "XKX", "head_of_state"),
    ("Milo Djukanovic", "2000-01-01", "MNE", "head_of_state"),
    ("Đukanović", "2014-01-01", "MNE", "head_of_government"),
    ("Borut Pahor", "2010-01-01", "SVN", "head_of_government"),
    ("Pahor", "2015-01-01", "SVN", "head_of_state"),
    ("Maia Sandu", "2019-09-01", "MDA", "head_of_government"),
    ("Maia Sandu", "2022-01-01", "MDA", "head_of_state"),
    ("Edgars Rinkevics", "2015-01-01", "LVA", "foreign_minister"),
    ("Rinkēvičs", "2024-01-01", "LVA", "head_of_state"),
    ("Peter Pellegrini", "2019-01-01", "SVK", "head_of_government"),
    ("Pellegrini", "2025-01-01", "SVK", "head_of_state"),
    ("Ilie Bolojan", "2025-03-01", "ROU", "head_of_state"),
    ("Bolojan", "2025-09-01", "ROU", "head_of_government"),
    ("Lindiwe Sisulu", "2010-01-01", "ZAF", "defence_minister"),
    ("Lindiwe Sisulu", "2018-06-01", "ZAF", "foreign_minister"),
    ("Tedros Adhanom", "2014-01-01", "ETH", "foreign_minister"),
    ("Tedros", "2020-01-01", "ETH", "other"),
    ("Massimo D'Alema", "1999-06-01", "ITA", "head_of_government"),
    ("D'Alema", "2007-01-01", "ITA", "foreign_minister"),
    ("Bronislaw Komorowski", "2001-01-01", "POL", "defence_minister"),
    ("Nayib Bukele", "2020-01-01", "SLV", "head_of_state"),
    ("Micheál Martin", "2009-06-01", "IRL", "foreign_minister"),
    ("Micheal Martin", "2025-06-01", "IRL", "head_of_government"),
    ("Kamla Persad-Bissessar", "2012-01-01", "TTO", "head_of_government"),
    ("Andrew Holness", "2020-01-01", "JAM", "head_of_government"),
    # interior to defence in one cabinet reshuffle (2019-05-05)
    ("Hassan Omar Mohamed Bourhan", "2016-01-01", "DJI", "interior_minister"),
    ("Hassan Omar Mohamed Bourhan", "2020-01-01", "DJI", "defence_minister"),
    # army chief, then defence minister
    ("Khamlieng Outhakaysone", "2023-01-01", "LAO", "military_chief"),
    ("Khamlieng Outhakaysone", "2025-06-01", "LAO", "defence_minister"),
    # army chief of staff, then defence minister
    ("Horácio Sousa", "2017-01-01", "STP", "military_chief"),
    ("Horacio Sousa", "2025-06-01", "STP", "defence_minister"),
]


def _case_id(case: tuple[str, str, str, str]) -> str:
    name, day, _country, office = case
    return f"{name}-{day}-{office}"


@pytest.fixture(scope="module")
def kb() -> OfficeHolders:
    return load_office_holders()


@pytest.fixture(scope="module")
def terms(kb: OfficeHolders) -> list[OfficeTerm]:
    return [term for person in kb.people.values() for term in person.terms]


def _data_lines() -> list[str]:
    text = files("detente.ontology").joinpath(OFFICE_HOLDERS_FILE).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.fixture()
def onto_copy(tmp_path: Path) -> Path:
    """A private copy of the packaged ontology data files, safe to edit."""
    target = tmp_path / "ontology"
    source = Path(str(files("detente.ontology")))
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return target


# -- schema ------------------------------------------------------------------------


def test_kb_header_and_cells() -> None:
    lines = _data_lines()
    assert tuple(lines[0].split("\t")) == OFFICE_HOLDERS_COLUMNS
    for line in lines[1:]:
        cells = line.split("\t")
        assert len(cells) == len(OFFICE_HOLDERS_COLUMNS), line
        assert _SLUG_RE.match(cells[0]), cells[0]
        assert _DATE_RE.match(cells[6]), line
        assert cells[7] == "" or _DATE_RE.match(cells[7]), line
        assert cells[1] == cells[1].strip() and cells[1], line


def test_kb_countries_exist(terms: list[OfficeTerm]) -> None:
    iso3 = {country.iso3 for country in load_countries()}
    assert {term.country for term in terms} <= iso3


def test_kb_offices_and_sectors(terms: list[OfficeTerm]) -> None:
    for term in terms:
        assert term.office in OFFICES, term
        assert term.sectors and set(term.sectors) <= SECTOR_CODES, term
        if term.office != "other":
            expected = _MAIN_SECTORS[term.office]
            if term.office in _MILITARY_RULE and term.sectors == ("GOV", "MIL"):
                continue  # a junta leader governs as a soldier
            assert term.sectors == expected, term


_MILITARY_RULE = frozenset({"head_of_state", "head_of_government"})


def test_kb_start_before_end(terms: list[OfficeTerm]) -> None:
    for term in terms:
        assert term.end is None or term.start < term.end, term
        assert date(1940, 1, 1) <= term.start <= date(2026, 11, 30), term


def test_kb_no_overlapping_terms_in_one_office(kb: OfficeHolders) -> None:
    # one office of one country: a monarch heads several realms at once
    for person in kb.people.values():
        for office, country in {(t.office, t.country) for t in person.terms}:
            same = sorted((t for t in person.terms if (t.office, t.country) == (office, country)),
                          key=lambda t: t.start)
            for before, after in zip(same, same[1:]):
                assert before.end is not None and before.end <= after.start, person.person_id


def test_kb_person_id_has_one_name(kb: OfficeHolders) -> None:
    names: dict[str, set[str]] = {}
    for line in _data_lines()[1:]:
        person_id, name = line.split("\t")[:2]
        names.setdefault(person_id, set()).add(name)
    assert all(len(found) == 1 for found in names.values())
    for person in kb.people.values():
        assert all(term.name == person.name for term in person.terms)


def test_kb_one_office_holder_at_a_time(terms: list[OfficeTerm]) -> None:
    """Apart from 'other' and military chiefs, an office has one holder on a
    day, unless a note says why not: a collective presidency, rival
    governments, a coup, an acting holder, dates known only roughly."""
    for office in ("head_of_state", "head_of_government", "foreign_minister",
                   "defence_minister", "interior_minister"):  # fmt: skip
        by_country: dict[str, list[OfficeTerm]] = {}
        for term in terms:
            if term.office == office:
                by_country.setdefault(term.country, []).append(term)
        for country, held in by_country.items():
            held.sort(key=lambda t: t.start)
            for i, before in enumerate(held):
                for after in held[i + 1:]:
                    if before.end is not None and before.end <= after.start:
                        break
                    assert _explains_overlap(before) or _explains_overlap(after), (
                        f"{country} {office}: {before.person_id} and {after.person_id} overlap"
                    )


_SHARED_OR_CONTESTED = (
    "presidency", "presidium", "rival", "acting", "interim", "coup", "de facto", "suspended", "leader",
    "yugoslavia", "serbia and montenegro", "recognised", "recognized", "medical leave", "unconstitutional",
    "appointed by", "approximate",
)


def _explains_overlap(term: OfficeTerm) -> bool:
    return any(word in term.note.lower() for word in _SHARED_OR_CONTESTED)


def test_kb_size_and_changers(kb: OfficeHolders, terms: list[OfficeTerm]) -> None:
    changers = [p for p in kb.people.values() if len({t.office for t in p.terms}) >= 2]
    assert len(kb.people) >= 300
    assert len(changers) >= 60
    for iso3 in ("PAK", "RUS", "USA", "CHN", "IND", "GBR", "FRA", "DEU", "UKR", "IRN",
                 "ISR", "TUR", "SAU", "JPN", "KOR", "PRK", "AFG", "EGY", "BRA"):  # fmt: skip
        assert any(term.country == iso3 for term in terms), iso3


def test_kb_cases_cover_sixty_changers(kb: OfficeHolders) -> None:
    offices: dict[str, set[str]] = {}
    for name, _day, _country, office in ROLE_CASES:
        people = kb.lookup(name)
        assert len(people) == 1, name
        offices.setdefault(people[0].person_id, set()).add(office)
    assert sum(1 for found in offices.values() if len(found) >= 2) >= 60


# -- loading -------------------------------------------------------------------------


def test_kb_loads_fast() -> None:
    started = time.perf_counter()
    load_office_holders()
    assert time.perf_counter() - started < 2.0


def test_kb_version(kb: OfficeHolders) -> None:
    assert kb.version == "v1"


def test_kb_rejects_edit_without_manifest(onto_copy: Path) -> None:
    path = onto_copy / OFFICE_HOLDERS_FILE
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="sha256"):
        load_office_holders(root=onto_copy)


def _append_row(root: Path, row: str) -> None:
    path = root / OFFICE_HOLDERS_FILE
    path.write_text(path.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    write_manifest(root)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("x-y\tX Y\t\tPAK\tking\tGOV\t2001-01-01\t\t", "unknown office"),
        ("x-y\tX Y\t\tZZZ\tother\tGOV\t2001-01-01\t\t", "countries table"),
        ("x-y\tX Y\t\tPAK\tother\tXXX\t2001-01-01\t\t", "sector"),
        ("x-y\tX Y\t\tPAK\tother\tGOV\t2001-01-01\t2000-01-01\t", "not after start"),
        ("x-y\tX Y\t\tPAK\tother\tGOV\t2001-13-01\t\t", "bad date"),
        ("sergei-shoigu\tSergei Shoigu\t\tRUS\tother\tGOV\t2001-01-01\t\t", "differ"),
    ],
)
def test_kb_rejects_bad_rows(onto_copy: Path, row: str, message: str) -> None:
    _append_row(onto_copy, row)
    with pytest.raises(OntologyError, match=message):
        load_office_holders(root=onto_copy)


def test_kb_rejects_overlapping_terms(onto_copy: Path) -> None:
    _append_row(onto_copy, "x-y\tX Y\t\tPAK\tother\tGOV\t2001-01-01\t2005-01-01\t")
    _append_row(onto_copy, "x-y\tX Y\t\tPAK\tother\tGOV\t2004-01-01\t\t")
    with pytest.raises(OntologyError, match="overlapping"):
        load_office_holders(root=onto_copy)


# -- lookup -----------------------------------------------------------------------------


def test_kb_lookup_is_case_and_accent_insensitive(kb: OfficeHolders) -> None:
    assert [p.person_id for p in kb.lookup("SERGEI SHOIGU")] == ["sergei-shoigu"]
    assert [p.person_id for p in kb.lookup("recep tayyip erdogan")] == ["recep-tayyip-erdogan"]
    assert [p.person_id for p in kb.lookup("Erdoğan")] == ["recep-tayyip-erdogan"]
    assert [p.person_id for p in kb.lookup("Abdel Fattah el Sisi")] == ["abdel-fattah-el-sisi"]
    assert [p.person_id for p in kb.lookup("Binali Yıldırım")] == ["binali-yildirim"]


def test_kb_lookup_surname_only_when_listed(kb: OfficeHolders) -> None:
    assert [p.person_id for p in kb.lookup("Lavrov")] == ["sergey-lavrov"]
    assert kb.lookup("Ivanov") == ()  # two Ivanovs, neither lists the bare surname
    assert kb.lookup("Khan") == ()
    assert kb.lookup("Asif") == ()
    assert kb.lookup("nobody at all") == ()


def test_kb_terms_on(kb: OfficeHolders) -> None:
    found = kb.terms_on("vladimir-putin", date(2000, 3, 1))
    assert [term.office for term in found] == ["head_of_state", "head_of_government"]
    assert kb.terms_on("vladimir-putin", date(1995, 1, 1)) == ()
    assert kb.terms_on("no-such-person", date(2000, 3, 1)) == ()


def test_kb_handover_day_goes_to_successor(kb: OfficeHolders) -> None:
    day = date(2024, 5, 12)
    assert [t.office for t in kb.terms_on("sergei-shoigu", day)] == ["other"]
    match = kb.role_on("Medvedev", date(2008, 5, 7))
    assert match is not None and match.term.office == "head_of_state"


@pytest.mark.parametrize("case", ROLE_CASES, ids=_case_id)
def test_kb_role_on_dated(kb: OfficeHolders, case: tuple[str, str, str, str]) -> None:
    name, day, country, office = case
    match = kb.role_on(name, date.fromisoformat(day))
    assert match is not None, case
    assert (match.term.country, match.term.office) == (country, office)
    assert match.current
    assert match.reason == f"office on {day}"
    assert match.code == kb.country_codes[country] + match.term.sectors[0]


def test_kb_role_on_codes(kb: OfficeHolders) -> None:
    assert kb.code_on("Shoigu", date(2015, 4, 16)) == "RUSGOV"
    assert kb.code_on("Qamar Javed Bajwa", date(2019, 1, 1)) == "PAKMIL"
    assert kb.code_on("Nobody", date(2019, 1, 1)) is None


def test_kb_role_on_after_office_is_not_current(kb: OfficeHolders) -> None:
    match = kb.role_on("Imran Khan", date(2023, 5, 9))
    assert match is not None and not match.current
    assert match.term.office == "head_of_government"
    assert match.reason == "no office on 2023-05-09: latest term ended 2022-04-10"
    qureshi = kb.role_on("Shah Mahmood Qureshi", date(2015, 1, 1))
    assert qureshi is not None and not qureshi.current
    assert qureshi.term.end == date(2011, 2, 9)


def test_kb_role_on_before_any_office(kb: OfficeHolders) -> None:
    assert kb.role_on("Imran Khan", date(2010, 1, 1)) is None


def test_kb_role_on_without_date(kb: OfficeHolders) -> None:
    match = kb.role_on("Erdogan", None)
    assert match is not None and match.reason == "no date: latest term"
    assert match.term.office == "head_of_state" and match.current
    gone = kb.role_on("Imran Khan", None)
    assert gone is not None and not gone.current


def test_kb_role_on_country_filter(kb: OfficeHolders) -> None:
    assert kb.role_on("Shoigu", date(2015, 4, 16), country="RUS") is not None
    assert kb.role_on("Shoigu", date(2015, 4, 16), country="PAK") is None


def test_kb_a_monarch_of_several_realms_is_read_as_of_home_unless_asked(kb: OfficeHolders) -> None:
    queen = kb.role_on("Queen Elizabeth", date(2010, 6, 1))
    assert queen is not None and queen.code == "GBRGOV" and queen.term.office == "head_of_state"
    assert kb.role_on("Queen Elizabeth", date(2010, 6, 1), country="CAN").code == "CANGOV"
    assert kb.role_on("King Charles", date(2024, 1, 1), country="AUS").code == "AUSGOV"
    former = kb.role_on("Queen Elizabeth", date(2022, 1, 1), country="BRB")  # a republic since 2021-11-30
    assert former is not None and not former.current
    terms = kb.terms_on("elizabeth-ii", date(2010, 6, 1))
    assert terms[0].country == "GBR" and len(terms) == 16


def test_kb_rejects_overlapping_terms_of_one_office_in_one_country_only(onto_copy: Path) -> None:
    _append_row(onto_copy, "x-y\tX Y\t\tPAK\thead_of_state\tGOV\t2001-01-01\t2005-01-01\t")
    _append_row(onto_copy, "x-y\tX Y\t\tIND\thead_of_state\tGOV\t2001-01-01\t2005-01-01\t")
    write_manifest(onto_copy)
    assert len(load_office_holders(root=onto_copy).people["x-y"].terms) == 2


def test_kb_normalize_name() -> None:
    assert normalize_name("  Jean-Yves  LE DRIAN ") == "jean yves le drian"
    assert normalize_name("Sa'ar") == "saar"
    assert normalize_name("A. K. Antony") == "a k antony"
    assert normalize_name("Çavuşoğlu") == "cavusoglu"


def test_kb_no_name_is_also_a_place_organisation_or_title(kb: OfficeHolders) -> None:
    """A person's listed name or alias must not be a country, capital,
    organisation or title the actor dictionary knows ("Muscat" is Oman's
    capital, not only Malta's prime minister): such a name would turn every
    mention of the place into that person."""
    dictionary = build_dictionary(load_ontology())
    clashes = [
        (name, person.person_id) for person in kb.people.values() for name in person.names
        if normalize_surface(name) in dictionary.entries or normalize_surface(name) in dictionary.sector_terms
    ]
    assert clashes == []
