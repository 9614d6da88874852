//! Names a student may not choose: the words for the teacher in the page's four languages.
//! The teacher is never a node of the class, so a student's node called "Teacher" on the
//! projector, or on the teacher's own list, could only mislead the class; such a name is
//! refused with `bad-name`, as a blank one is.

/// The words for the teacher's role (and the host's) in English, French, German and
/// Spanish, as they are compared: lower case, without spaces or invisible characters. The
/// one list both the room and the teacher's renaming read.
pub const ROLE_WORDS: &[&str] = &[
    // English
    "teacher",
    "theteacher",
    "instructor",
    "professor",
    "prof",
    "tutor",
    "host",
    "admin",
    // French
    "enseignant",
    "enseignante",
    "professeur",
    "professeure",
    "leprof",
    "laprof",
    "maître",
    "maîtresse",
    "maitre",
    "maitresse",
    "instituteur",
    "institutrice",
    "formateur",
    "formatrice",
    // German
    "lehrer",
    "lehrerin",
    "lehrkraft",
    "lehrperson",
    "derlehrer",
    "dielehrerin",
    "dozent",
    "dozentin",
    // Spanish
    "profesor",
    "profesora",
    "profe",
    "elprofesor",
    "laprofesora",
    "docente",
    "maestro",
    "maestra",
    "tutora",
];

/// Whether `name`, once spaces and invisible characters are dropped and its letters
/// case-folded, is one of the [`ROLE_WORDS`] (`" Teacher "`, `"LEHRERIN"`, `"la Prof"`).
pub fn poses_as_teacher(name: &str) -> bool {
    let folded: String = name
        .chars()
        .filter(|c| !c.is_whitespace() && !is_invisible(*c))
        .flat_map(char::to_lowercase)
        .collect();
    ROLE_WORDS.contains(&folded.as_str())
}

/// Characters that draw nothing, with which "Tea\u{200B}cher" would look like "Teacher".
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{034F}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
    )
}
