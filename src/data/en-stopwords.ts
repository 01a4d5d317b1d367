/**
 * English function words that carry no translation evidence of their own.
 * They still count towards a sentence's length, never towards its lexical
 * match.
 */
export const EN_STOPWORDS: ReadonlySet<string> = new Set(
  ('a an the and or but nor of to in on at by for with from into onto upon as than that this these those ' +
    'is are was were be been being am do does did done have has had having it its it\'s they them their theirs ' +
    'he him his she her hers we us our ours you your yours i me my mine who whom whose which what there here ' +
    'not no so if then also all any each such very can could may might shall should will would must ' +
    'up out off over under again further once only own same too just both few more most other some').split(' '),
)
