// Glossary data for bilingual (English / Welsh) report text, read by glossary() in ../glossary.ts.
// Hand-curated in the shape of a generated data module: a plain frozen object, one entry per key.
//
// Every Welsh term (`cy`) records where it was taken from (`source`). Where no published Welsh
// could be found, `cy` is null and `source` is null: the report falls back to English and
// glossary() lists the key in `missing`, so the pack can warn. No Welsh here was made up.
// None of it has been checked by a translator: published Welsh must be (see docs/bilingual.md).
// Numerals-only labels (e.g. "10-17") are the same in both languages and say so in `source`.

import { freezeResult } from "../../_internal/freeze.js";
import type { GlossaryEntry } from "../glossary.js";

const ONS_ETHNIC =
  "ONS, Census 2021 dictionary (Welsh), Ethnic group classification: https://cy.ons.gov.uk/census/census2021dictionary/variablesbytopic/ethnicgroupnationalidentitylanguageandreligionvariablescensus2021/ethnicgroup";
const STATSCYMRU_SEX =
  "Welsh Government, StatsCymru, Ethnicity by age and sex (column headings): https://statscymru.llyw.cymru/Catalogue/Equality-and-Diversity/Ethnicity/annual-population-survey/ethnicity-by-age-sex";
const DATA_UNIT_LAS =
  "Data Cymru (Data Unit Wales), Comparable authorities model, Welsh interface (list of authorities): https://apps.dataunitwales.gov.uk/censuscomparableauthorities/Input.aspx?locale=cy-GB";
const TORFAEN_WSI =
  "legislation.gov.uk, Gorchymyn Bwrdeistref Sirol Torfaen (Trefniadau Etholiadol) 2021, WSI 2021/1139 (Cy. 276), Welsh text: https://legislation.gov.uk/wsi/2021/1139/made/welsh; also Data Cymru (Welsh list gives 'Torfaen'). The form 'Tor-faen' is also seen: a translator should choose";
const WIMD =
  "Welsh Government, MALlC (WIMD) site: https://mallc.llyw.cymru ('rhwng 1 (mwyaf difreintiedig) a 1,909 (lleiaf difreintiedig)')";
const PHW_CI =
  "Public Health Wales (Iechyd Cyhoeddus Cymru), glossary 'Cyfwng hyder': https://icc.gig.cymru/arolygu-hunanladdiad-tybiedig-amser-real/marwolaethau-yn-sgil-hunanladdiad-tybiedig-2022-23/adran-5-geirfa";
const WG_GPG =
  "Welsh Government, Workforce Partnership Council, gender pay gap paper: https://www.llyw.cymru/cyngor-partneriaeth-y-gweithlu-y-bwlch-cyflog-rhwng-y-rhywiau-data-graddfa-tal-lefel-uwch-html";
const ADFERIAD_GPG =
  "Adferiad Recovery (Welsh charity), gender pay gap report, April 2023 (not an official terminology source): https://adferiad.org/cym/2023/03/07/adferiad-yn-adrodd-ar-eu-bwlch-cyflog-rhwng-y-rhywiau-yn-ebrill-2023";
const WG_FY =
  "Welsh Government, Apprenticeship outcomes by earnings ('y flwyddyn ariannol lawn', radical form): https://llyw.cymru/deilliannau-prentisiaethau-yn-ol-enillion-awst-2021-i-orffennaf-2022-html";
const NUMERALS = "Same in both languages (numerals only)";

const none = (en: string): GlossaryEntry => ({ en, cy: null, source: null });
const sourced = (en: string, cy: string, source: string): GlossaryEntry => ({ en, cy, source });

/** The default English / Welsh glossary: headings, group labels, area names and period words. */
export const GLOSSARY: Readonly<Record<string, GlossaryEntry>> = freezeResult({
  // Report headings
  "heading.disproportionality": none("Disproportionality"),
  "heading.ratePer1000": none("Rate per 1,000"),
  "heading.ratio": none("Ratio"),
  "heading.confidenceInterval": sourced("Confidence interval", "Cyfwng hyder", PHW_CI),
  "heading.adjustedPValue": none("Adjusted p-value"),
  "heading.unknownEthnicity": none("Unknown ethnicity"),
  "heading.sensitivityRange": none("Sensitivity range"),
  "heading.changeAgainstBaseline": none("Change against the baseline"),
  "heading.funnelPlot": none("Funnel plot"),
  "heading.decisionStages": none("Decision stages"),
  "heading.outcomeRates": none("Outcome rates"),
  "heading.deprivationQuintile": none("Deprivation quintile"),
  "heading.wimd": sourced("Welsh Index of Multiple Deprivation", "Mynegai Amddifadedd Lluosog Cymru", WIMD),
  "heading.genderPayGap": sourced("Gender pay gap", "Bwlch cyflog rhwng y rhywiau", WG_GPG),
  "heading.meanPayGap": sourced("Mean gender pay gap", "Bwlch cyflog cymedrig rhwng y rhywiau", ADFERIAD_GPG),
  "heading.medianPayGap": sourced("Median gender pay gap", "Bwlch cyflog canolrifol rhwng y rhywiau", ADFERIAD_GPG),
  "heading.meanBonusGap": none("Mean bonus gap"),
  "heading.medianBonusGap": none("Median bonus gap"),
  "heading.bonusProportion": none("Proportion receiving a bonus"),
  "heading.payQuartiles": none("Pay quartiles"),
  "heading.workforceRepresentation": none("Workforce representation"),
  "heading.methodsAndProvenance": none("Methods and provenance"),
  // Pay quartiles
  "quartile.lower": sourced("Lower quartile", "Chwartel isaf", ADFERIAD_GPG),
  "quartile.lowerMiddle": sourced("Lower middle quartile", "Chwartel canol isaf", ADFERIAD_GPG),
  "quartile.upperMiddle": sourced("Upper middle quartile", "Chwartel canol uchaf", ADFERIAD_GPG),
  "quartile.upper": sourced("Upper quartile", "Chwartel uchaf", ADFERIAD_GPG),
  // Notes
  "note.suppressed": none("[c] Suppressed: a count below the disclosure threshold, or a figure computed from one"),
  "note.synthetic": none("Synthetic data: generated for demonstration, not real records"),
  // Ethnic groups (Census 2021 high-level groups)
  "group.Asian": sourced("Asian, Asian British or Asian Welsh", "Asiaidd, Asiaidd Cymreig neu Asiaidd Prydeinig", ONS_ETHNIC),
  "group.Black": sourced("Black, Black British, Black Welsh, Caribbean or African", "Du, Du Cymreig, Du Prydeinig, Caribïaidd neu Affricanaidd", ONS_ETHNIC),
  "group.Mixed": sourced("Mixed or Multiple ethnic groups", "Grwpiau ethnig Cymysg neu Amlethnig", ONS_ETHNIC),
  "group.White": sourced("White", "Gwyn", ONS_ETHNIC),
  "group.Other": sourced("Other ethnic group", "Grŵp ethnig arall", ONS_ETHNIC),
  "group.Unknown": none("Unknown"),
  // Sex
  "sex.Male": sourced("Male", "Gwrywaidd", STATSCYMRU_SEX),
  "sex.Female": sourced("Female", "Benywaidd", STATSCYMRU_SEX),
  "sex.Other": none("Other"),
  "sex.Unknown": none("Unknown"),
  // data.police.uk age bands, keyed by their labels (policeUkAgeBands)
  "age.under 10": none("under 10"),
  "age.10-17": sourced("10-17", "10-17", NUMERALS),
  "age.18-24": sourced("18-24", "18-24", NUMERALS),
  "age.25-34": sourced("25-34", "25-34", NUMERALS),
  "age.over 34": none("over 34"),
  // WIMD 2019 quintiles (all-Wales)
  "wimd.Q1": sourced("1 (most deprived)", "1 (mwyaf difreintiedig)", WIMD),
  "wimd.Q2": sourced("2", "2", NUMERALS),
  "wimd.Q3": sourced("3", "3", NUMERALS),
  "wimd.Q4": sourced("4", "4", NUMERALS),
  "wimd.Q5": sourced("5 (least deprived)", "5 (lleiaf difreintiedig)", WIMD),
  // Gwent local authorities, keyed by ONS code
  "area.W06000019": sourced("Blaenau Gwent", "Blaenau Gwent", DATA_UNIT_LAS),
  "area.W06000018": sourced("Caerphilly", "Caerffili", DATA_UNIT_LAS),
  "area.W06000021": sourced("Monmouthshire", "Sir Fynwy", DATA_UNIT_LAS),
  "area.W06000022": sourced("Newport", "Casnewydd", DATA_UNIT_LAS),
  "area.W06000020": sourced("Torfaen", "Torfaen", TORFAEN_WSI),
  // Scrutiny pack: section titles (no published Welsh found yet)
  "section.stopSearch": none("Stop and search by ethnicity"),
  "section.change": none("Change against the baseline year"),
  "section.trends": none("Quarterly trend of the ratio"),
  "section.stages": none("Decision stages and outcomes"),
  "section.sexAge": none("Stop and search by sex and age"),
  "section.custody": none("Custody"),
  "section.areas": none("Crime by local authority and deprivation"),
  "section.payGap": none("Gender pay gap"),
  "section.representation": none("Workforce representation"),
  "section.methods": none("Methods and provenance"),
  // Scrutiny pack: column headings
  "col.group": none("Group"),
  "col.count": none("Count"),
  "col.population": none("Population"),
  "col.rate": none("Rate per 1,000"),
  "col.ratio": none("Ratio"),
  "col.adjustedP": none("Adjusted p"),
  "col.status": none("Status"),
  "col.method": none("Method"),
  "col.period": none("Period"),
  "col.stage": none("Stage"),
  "col.share": none("Share (%)"),
  "col.change": none("Change"),
  "col.area": none("Area"),
  "col.metric": none("Measure"),
  "col.value": none("Value"),
  "col.women": none("Women"),
  "col.men": none("Men"),
  "col.item": none("Item"),
  "col.detail": none("Detail"),
  // Periods
  "period.financialYear": sourced("Financial year", "Blwyddyn ariannol", WG_FY),
  "period.quarter": none("Quarter"),
});
