// Marks the page as scripted so styles can switch from the readable no-JS layout to the interactive one.
document.documentElement.classList.remove("no-js");
document.documentElement.classList.add("js");
