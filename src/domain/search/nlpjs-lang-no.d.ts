// Types for the two classes we use from @nlpjs/lang-no (the package ships none).
declare module '@nlpjs/lang-no' {
  export class StemmerNo {
    stemWord(word: string): string;
  }
  export class StopwordsNo {
    isStopword(token: string): boolean;
  }
}
