/**
 * Hand-kept names that the country list lacks or spells differently from news copy. The country list
 * itself (`countries.json`) is generated from the `world-countries` package by scripts/train-entities.ts.
 */

/** Extra aliases, keyed by the canonical (lower-case) country name they belong to. */
export const EXTRA_COUNTRY_ALIASES: Record<string, string[]> = {
  'united states': ['America', 'U.S.', 'U.S.A.', 'the States'],
  'united kingdom': ['Britain', 'U.K.'],
  'turkey': ['Türkiye', 'Turkiye'],
  'czechia': ['Czech Republic'],
  'dr congo': ['Democratic Republic of the Congo', 'Congo-Kinshasa'],
  'united arab emirates': ['U.A.E.', 'the Emirates'],
  'palestine': ['Palestinian territories'],
  'myanmar': ['Burma'],
  'ivory coast': ["Cote d'Ivoire"],
  'north korea': ['DPRK'],
  'netherlands': ['Holland'],
  'vatican city': ['Vatican', 'Holy See'],
};

/** Extra demonyms (singular; plurals are derived), keyed by canonical country name. */
export const EXTRA_DEMONYMS: Record<string, string[]> = {
  'united kingdom': ['Briton'],
  'saudi arabia': ['Saudi'],
  'turkey': ['Turk'],
  'philippines': ['Philippine'],
  'north korea': ['North Korean'],
  'israel': ['Israeli'],
  'afghanistan': ['Afghan'],
  'united states': ['American', 'US-led', 'U.S.-led'],
  'slovenia': ['Slovenian'],
  'uzbekistan': ['Uzbek'],
  'tajikistan': ['Tajik'],
  'kyrgyzstan': ['Kyrgyz'],
  'czechia': ['Czech'],
};

/** Places below country level that news names often: cities, regions, seas. Capitals come from the country list. */
export const EXTRA_PLACES: string[] = [
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Europe', 'Asia', 'Africa', 'North America',
  'South America', 'Latin America', 'Middle East', 'Gulf', 'Persian Gulf', 'Red Sea', 'Black Sea',
  'Mediterranean', 'Baltic', 'Balkans', 'Caribbean', 'Arctic', 'Antarctica', 'Sahel', 'Horn of Africa',
  'Strait of Hormuz', 'South China Sea', 'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights', 'Crimea',
  'Donbas', 'Kurdistan', 'Darfur', 'Kashmir', 'Tibet', 'Xinjiang', 'Siberia', 'California', 'Texas',
  'Florida', 'New York', 'Los Angeles', 'Chicago', 'San Francisco', 'Boston', 'Miami', 'Seattle',
  'Houston', 'Atlanta', 'Philadelphia', 'Detroit', 'Toronto', 'Montreal', 'Vancouver', 'Sydney',
  'Melbourne', 'Auckland', 'Mumbai', 'Kolkata', 'Chennai', 'Bangalore', 'Karachi', 'Lahore', 'Shanghai',
  'Hong Kong', 'Shenzhen', 'Guangzhou', 'Osaka', 'Dubai', 'Sharjah', 'Jeddah', 'Mecca', 'Medina',
  'Mosul', 'Basra', 'Erbil', 'Kirkuk', 'Fallujah', 'Aleppo', 'Homs', 'Idlib', 'Istanbul', 'Izmir',
  'Tel Aviv', 'Haifa', 'Rafah', 'Khan Younis', 'Benghazi', 'Alexandria', 'Lagos', 'Johannesburg',
  'Durban', 'Mombasa', 'Geneva', 'Zurich', 'Davos', 'Frankfurt', 'Munich', 'Hamburg', 'Milan', 'Naples',
  'Barcelona', 'Marseille', 'Lyon', 'Manchester', 'Birmingham', 'Liverpool', 'Edinburgh', 'Glasgow',
  'Belfast', 'Kharkiv', 'Odesa', 'Odessa', 'Lviv', 'Mariupol', 'Kiev', 'St Petersburg', 'Sao Paulo',
  'Rio de Janeiro', 'Washington', 'Brooklyn', 'Manhattan', 'Silicon Valley', 'Wall Street',
];

/** Organisation acronyms and their full names, so both spellings share one key. */
export const ORG_ALIASES: Record<string, string[]> = {
  'united nations': ['UN', 'U.N.'],
  'european union': ['EU', 'E.U.'],
  'north atlantic treaty organization': ['NATO', 'Nato'],
  'world health organization': ['WHO'],
  'international monetary fund': ['IMF'],
  'international criminal court': ['ICC'],
  'international atomic energy agency': ['IAEA'],
  'israel defense forces': ['IDF', 'Israel Defence Forces'],
  'organization of the petroleum exporting countries': ['OPEC', 'Opec'],
  'federal bureau of investigation': ['FBI'],
  'central intelligence agency': ['CIA'],
  'world bank': [],
  'associated press': ['AP'],
  'british broadcasting corporation': ['BBC'],
};

/** Known organisations without an alias, to give the tagger a gazetteer hint. */
export const EXTRA_ORGS: string[] = [
  'Reuters', 'AFP', 'Agence France-Presse', 'Xinhua', 'Anadolu Agency', 'Yonhap', 'Kyodo', 'Tass', 'TASS',
  'Irna', 'IRNA', 'WAM', 'Bernama', 'Dpa', 'Ansa', 'Bloomberg', 'Al Jazeera', 'CNN', 'Hamas', 'Hezbollah', 'Taliban', 'Houthis', 'Pentagon',
  'Kremlin', 'White House', 'Congress', 'Senate', 'Security Council', 'Red Cross', 'Red Crescent',
  'Google', 'Apple', 'Microsoft', 'Amazon', 'Meta', 'Facebook', 'Tesla', 'OpenAI', 'Boeing', 'Airbus',
];
