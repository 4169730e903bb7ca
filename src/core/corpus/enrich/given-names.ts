/**
 * The usual gender of common English given names, so "said he" does not go to "Charlotte
 * Temple" when Mr. Temple is in the scene. Written for this project from general knowledge
 * (no list copied): names common in English-language fiction and news, where one gender
 * clearly dominates. A name both genders use often (Leslie, Frances/Francis aside) is left
 * out, and pronouns the text gives a person still overrule this default (dialogue.ts).
 */
import { type Gender } from './dialogue-tags';

const FEMALE = new Set(`
abigail ada adela adelaide adele agatha agnes alice alicia amanda amelia amy anastasia angela angelina anna
annabel anne annie antoinette arabella augusta barbara beatrice becky bella bertha bess bessie betsy
betty blanche bridget caroline carrie catherine cecilia cecily celia charity charlotte christina clara
clarissa claudia constance cora cordelia cynthia daisy deborah delia diana dinah dolly dora dorothea
dorothy edith edna eleanor elinor eliza elizabeth ella ellen elsie emily emma esther ethel eugenia eva
eve evelyn fanny flora florence frances gertrude grace hannah harriet helen helena henrietta hester
hetty hilda honora ida isabel isabella jane janet jean jemima jennie jenny jessie joan josephine judith
julia juliet kate katharine katherine kathleen kitty laura lavinia leah lizzie lizzy lois lottie louisa
louise lucy lydia mabel madeline maggie margaret margery maria marian marianne marie marion martha mary
matilda maud maude meg millie minnie miriam molly nancy nell nellie nora olive olivia pamela patience
pauline peggy phoebe polly priscilla prudence rachel rebecca rhoda rosa rosalind rose rosamond ruth
sally sarah selina sophia sophie susan susanna susannah sybil teresa theresa thea ursula victoria
violet virginia winifred
`.trim().split(/\s+/));

const MALE = new Set(`
aaron abraham adam adolphus albert alexander alfred algernon allan amory andrew anthony archibald
arthur augustus barnaby bartholomew basil benjamin bernard bertram bob charles christopher clarence
claude cyril daniel david dick donald duncan edgar edmund edward edwin egbert elijah ernest eugene
felix ferdinand francis frank fred frederick gabriel george gerald gilbert godfrey gregory guy harold
harry henry herbert horace hubert hugh isaac jack jacob james jasper jem jim jimmy joe john jonathan
joseph joshua julian lawrence leonard lewis lionel louis luke mark martin matthew michael nat nathan
nathaniel ned nicholas noah oliver oscar owen patrick paul percy peter philip ralph randolph reginald
richard robert roger rupert samuel sam silas simon stephen thomas tim timothy toby tom walter wilfred
will william willie
`.trim().split(/\s+/));

/** The gender a person's first name usually has, or null when it is not a known given name. */
export function givenNameGender(name: string): Gender {
  const first = /^(\p{Lu}\p{Ll}+)\b/u.exec(name)?.[1]?.toLowerCase();
  if (!first) return null;
  return FEMALE.has(first) ? 'f' : MALE.has(first) ? 'm' : null;
}
