import type { BaselineSource } from "../../src/baselines/types.js";

// Provenance written into the generated modules. Facts here come from shared/data/PROVENANCE.md
// and FINDINGS.md, and from the publishers' release pages (dates).

const OGL = "Open Government Licence v3.0";
const ONS = "Office for National Statistics";
const CENSUS_2021 = `Source: ${ONS}, Census 2021, licensed under the ${OGL}`;
const CENSUS_DAY = "2021-03-21";
const ACCREDITED = "Accredited official statistics";
const PERTURBED =
  "ONS cell-key perturbation and targeted record swapping, applied to each Census 2021 table independently: " +
  "small counts may have been changed by a few people, so the same total differs slightly between tables";
const OWN_TOTAL =
  "Each Census 2021 table is perturbed separately, so its total differs slightly from other tables' " +
  "(Gwent: TS009 587,655, TS021 587,686); use the table's own total as the denominator of its categories";
const UNROUNDED = "Unrounded";
const NONE = "None";

function census2021(table: string, title: string, released: string, populationBase: string, notes: string[], extra: Partial<BaselineSource> = {}): BaselineSource {
  return {
    publisher: ONS,
    table,
    title,
    released,
    referenceDate: CENSUS_DAY,
    licence: OGL,
    attribution: CENSUS_2021,
    populationBase,
    rounding: UNROUNDED,
    suppression: NONE,
    perturbation: PERTURBED,
    accreditation: ACCREDITED,
    notes: [...notes, OWN_TOTAL],
    ...extra,
  };
}

const ALL = "All usual residents";
const AGED_16 = "All usual residents aged 16 years and over";
const AGED_3 = "All usual residents aged 3 years and over";
const ETHNIC_LABELS =
  "Short labels for the five high-level groups: Asian = \"Asian, Asian British or Asian Welsh\"; Black = \"Black, Black British, " +
  "Black Welsh, Caribbean or African\"; Mixed = \"Mixed or Multiple ethnic groups\"; White = \"White\"; Other = \"Other ethnic group\"";
const HOME_OFFICE =
  "The Home Office's stop and search rates used Census 2011 populations up to 2021/22 and Census 2021 populations since";

/** Provenance of each embedded table, keyed by the name the generator uses. */
export const SOURCES = {
  ts009: census2021("TS009", "Sex by single year of age", "2022-11-02", ALL, [
    "The headline Census 2021 count of usual residents (all ages, both sexes); StatsWales publishes the same TS009-based totals",
  ], { url: "https://statswales.gov.wales/Catalogue/Census/2021/usualresidentpopulation-by-age-localauthority" }),
  ts008: census2021("TS008", "Sex", "2022-11-02", ALL, ["Sex as recorded by the person completing the census: Female or Male"]),
  ts007a: census2021("TS007A", "Age by five-year age bands", "2022-11-02", ALL, [
    "Age on Census Day; eighteen bands, the top band (85 and over) open",
  ]),
  ts021: census2021("TS021", "Ethnic group", "2022-11-29", ALL, [
    ETHNIC_LABELS,
    "Detailed groups carry their high-level group in categories.group",
    "Ethnic group is self-identified: the person completing the census chose one of 19 tick-box categories",
    HOME_OFFICE,
  ]),
  ethnicSex: census2021(
    "Ethnic group by age and sex",
    "Ethnic group by age and sex, England and Wales (Census 2021), counts by sex",
    "2023-01-23",
    ALL,
    [
      ETHNIC_LABELS,
      "The only Census 2021 source of ethnic group by sex for local authorities held here; for ethnic group alone use TS021 (unrounded)",
      "A high-level group's cell is suppressed when any of its detailed cells is suppressed (its true value is unknown); the detailed cells are available as ethnicity-detailed-sex",
      "The dataset publishes no total: the total given is the sum of the published (rounded, unsuppressed) cells, so it omits the people in suppressed cells",
      HOME_OFFICE,
    ],
    {
      rounding: "Rounded to the nearest 5 (each cell separately; sums of cells carry the rounding errors of every cell)",
      suppression:
        "Cells ONS judged disclosive are blank; they are returned as population null with suppressed true, never as zero (the smallest published cell is 10)",
      url: "https://www.ons.gov.uk/peoplepopulationandcommunity/culturalidentity/ethnicity/datasets/ethnicgroupbyageandsexinenglandandwales",
    },
  ),
  ts030: census2021("TS030", "Religion", "2022-11-29", ALL, [
    "Religion was a voluntary question: \"Not answered\" is a category of its own, not missing data",
    "Religion is the religion people connect or identify with, whether or not they practise it",
  ]),
  ts038: census2021("TS038", "Disability", "2023-01-19", ALL, [
    "Disabled under the Equality Act: day-to-day activities limited a lot or a little by a long-term physical or mental health condition or illness (the harmonised standard, in line with the Equality Act 2010)",
    "Detailed groups carry their top-level group in categories.group",
    "The Census 2021 question was split into two parts, so it is only broadly comparable with 2011",
  ]),
  ts077: census2021("TS077", "Sexual orientation", "2023-01-06", AGED_16, [
    "A voluntary question asked of people aged 16 and over: \"Not answered\" is a category of its own",
    "\"All other sexual orientations\" includes pansexual, asexual, queer and other write-in answers",
  ]),
  ts033: census2021("TS033", "Welsh language skills (speaking)", "2022-12-06", AGED_3, [
    "Self-assessed (or assessed by the person completing the form) ability to speak Welsh; asked in Wales only",
  ]),
  ts032: census2021("TS032", "Welsh language skills", "2022-12-06", AGED_3, [
    "Self-assessed Welsh language skills in nine combinations; asked in Wales only",
    "Each category carries in categories.group whether it counts as \"Can speak Welsh\" or \"Cannot speak Welsh\" in TS033",
  ]),
  genderIdentity: census2021(
    "Custom dataset (gender identity by sexual orientation)",
    "Gender identity (7 categories) by sexual orientation (4 categories), lower tier local authorities",
    "2023-04",
    AGED_16,
    [
      "NOT ACCREDITED: in September 2024 the Office for Statistics Regulation removed the accreditation of the Census 2021 gender identity estimates; they are official statistics in development. ONS advises that they should not be treated as precise, especially in areas where many residents do not speak English well",
      "Summed here over the four sexual orientation categories of an ONS multivariate table; each summed cell was perturbed separately, so the errors add up (the Gwent totals are within 3 of TS077's base of people aged 16 and over)",
      "The \"Does not apply\" category (people under 16) is zero in this table and is left out",
      "Release month of the ONS package of multivariate sexual orientation and gender identity datasets (ONS blog, 4 April 2023); the file held is an ONS \"Create a custom dataset\" download",
    ],
    {
      accreditation:
        "Official statistics in development: accreditation removed by the Office for Statistics Regulation in September 2024",
      perturbation: `${PERTURBED}; a perturbed table summed over another variable`,
    },
  ),
  qs201ew: {
    publisher: ONS,
    table: "QS201EW",
    title: "Ethnic group",
    released: "2013-01-30",
    referenceDate: "2011-03-27",
    licence: OGL,
    attribution: `Source: ${ONS}, 2011 Census, licensed under the ${OGL}`,
    populationBase: ALL,
    rounding: "Unrounded (exact counts as published on Nomis)",
    suppression: NONE,
    perturbation: "Targeted record swapping between areas (2011 Census disclosure control); no cell-key perturbation",
    accreditation: "National Statistics (2011 Census)",
    notes: [
      "The denominators the Home Office used for stop and search rates by ethnicity up to 2021/22; from 2022/23 it used Census 2021",
      "Ten years older than Census 2021: Gwent's population and its ethnic composition changed between the censuses (Gwent 576,754 in 2011)",
      "2011 categories: 18, with Chinese inside Asian, Arab inside Other, and no Roma category",
    ],
  },
  mid2020: {
    publisher: ONS,
    table: "Mid-2020 population estimates",
    title: "Population estimates for the UK, England and Wales, Scotland and Northern Ireland: mid-2020",
    released: "2021-06-25",
    referenceDate: "2020-06-30",
    licence: OGL,
    attribution: `Source: ${ONS}, mid-2020 population estimates, licensed under the ${OGL}`,
    populationBase: "Usually resident population (estimate at 30 June 2020)",
    rounding: "Unrounded estimates",
    suppression: NONE,
    perturbation: "None (modelled estimates, not counts)",
    accreditation: "National Statistics when released (accredited official statistics)",
    notes: [
      "ESTIMATES, not census counts: rolled forward from the 2011 Census and published before Census 2021",
      "ONS later rebased its estimates on Census 2021 and revised these figures (most Gwent authorities down, Newport up); use them only for periods before 2021",
    ],
  },
  deprivation: {
    publisher: "Welsh Government; Office for National Statistics",
    table: "WIMD 2019 quintiles; SAPE23DT2 (mid-2020)",
    title:
      "Welsh Index of Multiple Deprivation 2019 overall quintiles, with ONS Lower layer Super Output Area population estimates, mid-2020",
    released: "2021-09",
    referenceDate: "2020-06-30",
    licence: OGL,
    attribution:
      `Source: Welsh Government, Welsh Index of Multiple Deprivation 2019; ${ONS}, small area population estimates mid-2020; licensed under the ${OGL}`,
    populationBase: "Usually resident population of 2011 LSOAs (ONS estimate at 30 June 2020)",
    rounding: "Unrounded estimates",
    suppression: NONE,
    perturbation: "None (modelled estimates, not counts)",
    accreditation: "Official statistics of Welsh Government (WIMD 2019) and ONS (small area population estimates)",
    notes: [
      "Q1 is the most deprived fifth of all 1,909 Welsh LSOAs and Q5 the least deprived (all-Wales quintiles of the WIMD 2019 overall rank, as published); they are not quintiles within Gwent",
      "The populations are ONS mid-2020 ESTIMATES for the 2011 LSOAs WIMD 2019 uses, summed by quintile: pre-Census-2021 figures, not comparable with Census 2021 totals",
      "WIMD 2019 ranks were published by Welsh Government on 27 November 2019; the LSOA estimates by ONS in September 2021",
      "Welsh Government advises analysing ranks (or groups of ranks such as these quintiles), never averaging or aggregating WIMD scores",
    ],
    url: "https://gov.wales/welsh-index-multiple-deprivation-full-index-update-ranks-2019",
  },
} satisfies Record<string, BaselineSource>;
